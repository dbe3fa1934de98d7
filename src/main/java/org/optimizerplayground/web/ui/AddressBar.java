package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import org.optimizerplayground.engine.experiment.Link;

/**
 * Keeps the browser's address bar on the canonical link of the page's state: after every change
 * of the state, {@code Link.format(experiment, page)} replaces the current history entry.
 */
final class AddressBar {
    private final Component page;
    private String link = "";

    AddressBar(PlaygroundState state, Component page) {
        this.page = page;
        state.addChangeListener(c -> {
            // A change of the run in focus, or an edit that comes back to the link shown, leaves the
            // address as it is; an opened link is always written (the router shows it as typed).
            if (c.cause() == PlaygroundState.Cause.OPENED || !c.experiment().equals(c.before())
                    || !c.page().equals(c.pageBefore())) {
                String query = Link.format(c.experiment(), c.page());
                if (c.cause() == PlaygroundState.Cause.OPENED || !query.equals(link)) {
                    write(query);
                }
            }
        });
    }

    /** The link last written (the query, without {@code ?}). */
    String link() {
        return link;
    }

    /** A new history entry for {@code address} (a lesson: Back returns to what was shown before). */
    void push(String address) {
        page.getElement().executeJs("history.pushState(history.state, '', $0)", address);
    }

    private void write(String query) {
        link = query;
        BrowserAddress.replace(page, query.isEmpty() ? "./" : "?" + query);
    }
}
