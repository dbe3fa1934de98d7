package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * Where a tab's frames arrive: an empty element ({@code frontend/charts/frame-channel.ts}) whose
 * {@code drawFrame} reads one {@link FrameMessage} and hands each chart of the page (found by id)
 * its new points and each status chip its k. Never hidden: calls on a hidden element would wait
 * in the tab's memory.
 */
@Tag("frame-channel")
@JsModule("./charts/frame-channel.ts")
final class FrameChannel extends Component {
    FrameChannel() {
        getStyle().set("display", "none");
    }

    /** Sends {@code message}, unless it is empty. */
    void send(FrameMessage message) {
        if (!message.isEmpty()) {
            getElement().callJsFunction("drawFrame", message.encode(System.currentTimeMillis()));
        }
    }
}
