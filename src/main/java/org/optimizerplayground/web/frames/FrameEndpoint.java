package org.optimizerplayground.web.frames;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Consumer;

/**
 * The frame socket's server end (JSR-356, one instance per connection): claims the token of the
 * address ({@code /frames?t=…}), attaches the socket to that tab's {@link FrameLink}, and reads the
 * page's acknowledgements (4 bytes, the little-endian sequence number of the frame it applied). An
 * unknown or used token is refused with close code 1008 and a reason in plain words.
 */
public final class FrameEndpoint extends Endpoint {
    /** The close reason of a refused token (what the page and the tests see). */
    public static final String REFUSED = "unknown or used frame token";

    private final FrameSockets sockets;

    public FrameEndpoint(FrameSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        List<String> t = session.getRequestParameterMap().get("t");
        var link = sockets.claim(t == null || t.size() != 1 ? null : t.get(0));
        if (link.isEmpty()) {
            close(session, new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, REFUSED));
            return;
        }
        session.setMaxBinaryMessageBufferSize(64);
        session.setMaxTextMessageBufferSize(64);
        JsrSocket socket = new JsrSocket(session);
        session.getUserProperties().put(JsrSocket.class.getName(), socket);
        session.getUserProperties().put(FrameLink.class.getName(), link.get());
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) ack -> {
            if (ack.remaining() == 4) {
                link.get().acknowledged(socket, Integer.toUnsignedLong(ack.order(ByteOrder.LITTLE_ENDIAN).getInt()));
            }
        });
        link.get().attach(socket);
    }

    @Override
    public void onClose(Session session, CloseReason reason) {
        ended(session);
    }

    @Override
    public void onError(Session session, Throwable failure) {
        ended(session); // a dropped connection: the page reconnects; nothing to log per tab
    }

    private static void ended(Session session) {
        Object link = session.getUserProperties().get(FrameLink.class.getName());
        Object socket = session.getUserProperties().get(JsrSocket.class.getName());
        if (link instanceof FrameLink l && socket instanceof JsrSocket s) {
            l.closed(s);
        }
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | IllegalStateException alreadyClosed) {
            // nothing left to close
        }
    }

    /** A JSR-356 session as a {@link FrameLink.Socket}: asynchronous binary sends. */
    private record JsrSocket(Session session) implements FrameLink.Socket {
        @Override
        public void send(byte[] bytes, Consumer<Boolean> done) {
            session.getAsyncRemote().sendBinary(ByteBuffer.wrap(bytes), (SendResult r) -> done.accept(r.isOK()));
        }

        @Override
        public void close(String reason) {
            FrameEndpoint.close(session, new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, reason));
        }
    }
}
