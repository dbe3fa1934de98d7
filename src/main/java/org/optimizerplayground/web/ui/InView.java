package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * Whether a panel is in (or near) the browser's viewport, as the page tells: an
 * IntersectionObserver on the panel's element reports every entry and exit (± 200 px) as the DOM
 * event {@value #EVENT} with {@code detail} true or false, the first report as soon as the panel is
 * attached. Until the page has said anything the panel counts as in view, so a page without the
 * observer (or a test without a browser) sees every panel drawn.
 *
 * <p>A panel whose output is out of view neither computes nor sends it on an edit; it catches up
 * when the page reports it back in view, so the student sees exactly what an eager panel shows.
 */
public final class InView {
    /** The DOM event the page fires on a watched element. */
    public static final String EVENT = "playground-in-view";

    private static final String WATCH = """
            const el = this;
            if (el.__inViewWatch || typeof IntersectionObserver === 'undefined') return;
            el.__inViewWatch = new IntersectionObserver((entries) => {
              const inView = entries[entries.length - 1].isIntersecting;
              if (el.__inView !== inView) {
                el.__inView = inView;
                el.dispatchEvent(new CustomEvent('playground-in-view', { detail: inView }));
              }
            }, { rootMargin: '200px' });
            el.__inViewWatch.observe(el);""";

    private InView() {
    }

    /** Tells {@code changed} whenever the page reports {@code panel} entering or leaving the viewport. */
    public static void watch(Component panel, Consumer<Boolean> changed) {
        panel.addAttachListener(e -> panel.getElement().executeJs(WATCH));
        panel.getElement().addEventListener(EVENT, e -> changed.accept(e.getEventDetail(Boolean.class)))
                .addEventData("event.detail");
    }
}
