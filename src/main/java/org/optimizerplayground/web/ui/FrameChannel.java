package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.Base64;
import org.optimizerplayground.web.frames.FrameLink;
import org.optimizerplayground.web.frames.FrameSockets;

/**
 * Where a tab's frames go: an empty element ({@code frontend/charts/frame-channel.ts}) that opens
 * the tab's frame socket with a one-time token this element hands it, and applies every
 * {@link FrameMessage} (from the socket, or from its {@code drawFrame} call when the socket is off
 * or down) in the order the frames were made: each chart of the page (found by id) gets its new
 * points and each status chip its k. Never hidden: calls on a hidden element would wait in the
 * tab's memory.
 *
 * <p>Per draw: {@link #beginDraw} before the views draw (it decides the route and queues, ahead of
 * the views' own changes, any frame that must go again through Vaadin), then {@link #send}.
 * The ordering rules are in {@link FrameLink}'s Javadoc.
 */
@Tag("frame-channel")
@JsModule("./charts/frame-channel.ts")
final class FrameChannel extends Component {
    /** A frame that ends a run and is at most this big goes through Vaadin with the chip's words. */
    static final int SETTLING_MAX_BYTES = 64 * 1024;
    /** A frame over this many bytes made while the tab's socket is opening waits for it ({@link FrameLink#park}). */
    static final int PARK_BYTES = 64 * 1024;

    private final FrameSockets sockets;
    private final FrameLink link;
    private long seq;
    private boolean socketRoute;
    private long fenced;
    private long parked;
    private volatile UI ui;
    /** Runs at the tab's turn after its page opened a frame socket (see {@link #whenSocketOpens}). */
    private volatile Runnable onSocketOpened = () -> { };

    FrameChannel(FrameSockets sockets) {
        this.sockets = sockets;
        getStyle().set("display", "none");
        if (sockets != null && sockets.enabled()) {
            link = new FrameLink(this::socketClosed, this::socketOpened);
            addAttachListener(e -> {
                ui = e.getUI();
                offerToken();
            });
            addDetachListener(e -> {
                link.close();
                sockets.forget(link);
            });
        } else {
            link = null;
        }
    }

    /** The page asks for a token to open (again) its frame socket, after a drop. */
    @ClientCallable
    void reopen() {
        if (link != null) {
            offerToken();
        }
    }

    private void offerToken() {
        getElement().callJsFunction("open", sockets.issue(link));
    }

    /**
     * Whether this timed frame should be held back: a frame is still in flight on the socket. The
     * session keeps stepping and the next frame carries the points.
     */
    boolean holdBack() {
        if (link != null && link.busy()) {
            link.skipped();
            return true;
        }
        return false;
    }

    /** Call before the views draw: picks the route and sends ahead what must go again through Vaadin. */
    void beginDraw() {
        socketRoute = link != null && link.open() && !link.busy();
        if (link != null) {
            for (byte[] replay : link.takeReplays(!socketRoute)) {
                getElement().callJsFunction("drawFrame", Base64.getEncoder().encodeToString(replay));
            }
        }
    }

    /** Sends {@code message} after the views drew, unless it is empty. */
    void send(FrameMessage message) {
        if (message.isEmpty()) {
            return;
        }
        long now = System.currentTimeMillis();
        seq++;
        // A frame that ends a run goes with the chip's new words, in the same Vaadin message (the
        // page applies both in one task), unless it is big: nothing is in flight on this route.
        boolean withWords = message.settling() && message.size() <= SETTLING_MAX_BYTES;
        if (socketRoute && !withWords) {
            // Anything the views changed through Vaadin in this draw must be on the page first: a
            // changed node, or a call (Element.callJsFunction waits in the state tree's callbacks
            // until the answer is written). Not UIInternals.isDirty(), which also walks every call
            // still waiting for an invisible element, each frame.
            UI tab = ui;
            boolean fence = tab == null || tab.getInternals().getStateTree().isDirty();
            if (link.send(seq, message.bytes(seq, fence, now))) {
                if (fence) {
                    fenced++;
                    getElement().callJsFunction("fence", (double) seq);
                }
                return;
            }
        }
        if (link != null && message.size() > PARK_BYTES) {
            long wait = sockets.waitForSocket().toNanos();
            if (wait > 0 && link.expecting(wait)) {
                UI tab = ui;
                boolean fence = tab == null || tab.getInternals().getStateTree().isDirty();
                if (link.park(seq, message.bytes(seq, fence, now), wait)) {
                    parked++;
                    if (fence) {
                        getElement().callJsFunction("fence", (double) seq);
                    }
                    sockets.afterWait(this::releaseParked);
                    return;
                }
            }
        }
        getElement().callJsFunction("drawFrame", Base64.getEncoder().encodeToString(message.bytes(seq, false, now)));
    }

    /** A parked frame whose socket did not open in time goes through Vaadin. */
    private void releaseParked() {
        atTabsTurn(() -> drawThroughVaadin(link.takeExpired()));
    }

    /** The tab's end of its frame socket (null when the socket is off). */
    FrameLink link() {
        return link;
    }

    /** Frames sent over the socket, timed frames held back, socket frames that needed a fence, and frames parked. */
    long[] counts() {
        long[] c = link == null ? new long[2] : link.counts();
        return new long[] {c[0], c[1], fenced, parked};
    }

    /** {@code action} runs at the tab's turn (under its lock) each time its page has opened a frame socket. */
    void whenSocketOpens(Runnable action) {
        onSocketOpened = action;
    }

    private void socketOpened() {
        atTabsTurn(() -> onSocketOpened.run());
    }

    /** A socket closed: a frame it had in flight goes through Vaadin at the tab's next turn. */
    private void socketClosed() {
        atTabsTurn(() -> drawThroughVaadin(link.takeReplays(false)));
    }

    private void drawThroughVaadin(java.util.List<byte[]> frames) {
        for (byte[] frame : frames) {
            getElement().callJsFunction("drawFrame", Base64.getEncoder().encodeToString(frame));
        }
    }

    /** Runs {@code action} at the tab's next turn, under its lock (from a socket's or timer's thread); nothing once the tab is gone. */
    private void atTabsTurn(Runnable action) {
        UI tab = ui;
        if (tab == null) {
            return;
        }
        try {
            tab.access(action::run);
        } catch (UIDetachedException gone) {
            // the tab is gone too
        }
    }
}
