package org.optimizerplayground.web.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One frame in flight per tab, and what goes again through Vaadin (see FrameLink's Javadoc). */
class FrameLinkTest {
    /** A socket that writes nothing until told to: a slow reader. */
    static final class SlowSocket implements FrameLink.Socket {
        final List<byte[]> sent = new ArrayList<>();
        final List<Consumer<Boolean>> pending = new ArrayList<>();
        String closedFor;

        @Override
        public void send(byte[] bytes, Consumer<Boolean> done) {
            if (!pending.isEmpty()) {
                throw new IllegalStateException("a second send while one is being written");
            }
            sent.add(bytes);
            pending.add(done);
        }

        void finishWrite() {
            pending.remove(0).accept(true);
        }

        @Override
        public void close(String reason) {
            closedFor = reason;
        }
    }

    private final AtomicInteger closings = new AtomicInteger();
    private final FrameLink link = new FrameLink(closings::incrementAndGet);

    @Test
    void aSlowSocketNeverHasMoreThanOneFrameInFlight() {
        SlowSocket socket = new SlowSocket();
        assertThat(link.send(1, new byte[] {1})).as("no socket yet: through Vaadin").isFalse();
        link.attach(socket);
        assertThat(link.busy()).isFalse();

        assertThat(link.send(1, new byte[] {1})).isTrue();
        assertThat(link.busy()).isTrue();
        assertThat(link.send(2, new byte[] {2})).as("still being written").isFalse();
        socket.finishWrite();
        assertThat(link.busy()).as("written, not yet acknowledged by the page").isTrue();
        assertThat(link.send(2, new byte[] {2})).isFalse();
        link.acknowledged(socket, 7);
        assertThat(link.busy()).as("an acknowledgement of another frame changes nothing").isTrue();
        link.acknowledged(socket, 1);
        assertThat(link.busy()).isFalse();
        assertThat(link.send(2, new byte[] {2})).isTrue();
        assertThat(socket.sent).hasSize(2);
    }

    @Test
    void theFrameInFlightGoesThroughVaadinOnceBeforeAnEditsChanges() {
        SlowSocket socket = new SlowSocket();
        link.attach(socket);
        link.send(1, new byte[] {1});
        assertThat(link.takeReplays(false)).as("a timed frame waits; nothing to replay").isEmpty();
        assertThat(link.takeReplays(true)).containsExactly(new byte[] {1});
        assertThat(link.takeReplays(true)).as("once").isEmpty();
        assertThat(link.busy()).as("still in flight on the socket until acknowledged").isTrue();
        socket.finishWrite();
        link.acknowledged(socket, 1);
        assertThat(link.busy()).isFalse();
    }

    @Test
    void aSocketThatClosesWithAFrameInFlightLeavesItToVaadin() {
        SlowSocket socket = new SlowSocket();
        link.attach(socket);
        link.send(5, new byte[] {5});
        link.closed(socket);
        assertThat(closings).as("the tab is told").hasValue(1);
        assertThat(link.open()).isFalse();
        assertThat(link.busy()).isFalse();
        assertThat(link.takeReplays(false)).containsExactly(new byte[] {5});
        assertThat(link.takeReplays(true)).isEmpty();

        SlowSocket next = new SlowSocket();
        link.attach(next);
        assertThat(link.send(6, new byte[] {6})).isTrue();
        socket.pending.get(0).accept(false); // the old socket's late news changes nothing
        link.acknowledged(socket, 6);
        assertThat(link.busy()).isTrue();
    }

    @Test
    void aNewSocketReplacesTheOldAndOrphansItsFrame() {
        SlowSocket old = new SlowSocket();
        link.attach(old);
        link.send(3, new byte[] {3});
        SlowSocket fresh = new SlowSocket();
        link.attach(fresh);
        assertThat(old.closedFor).isNotNull();
        assertThat(link.busy()).isFalse();
        assertThat(link.takeReplays(false)).containsExactly(new byte[] {3});
    }

    @Test
    void aFailedWriteClosesTheSocket() {
        SlowSocket socket = new SlowSocket();
        link.attach(socket);
        link.send(1, new byte[] {1});
        socket.pending.remove(0).accept(false);
        assertThat(socket.closedFor).isNotNull();
        assertThat(link.open()).isFalse();
        assertThat(link.takeReplays(false)).containsExactly(new byte[] {1});
    }

    private static final long TWO_SECONDS = 2_000_000_000L;

    @Test
    void aHeavyFrameMadeWhileTheSocketOpensWaitsForItAndGoesFirst() {
        assertThat(link.expecting(TWO_SECONDS)).as("no token issued: no socket to wait for").isFalse();
        link.token("ft_a");
        assertThat(link.expecting(TWO_SECONDS)).as("the page has a token to open one").isTrue();
        assertThat(link.park(1, new byte[] {1}, TWO_SECONDS)).isTrue();
        assertThat(link.busy()).as("timed frames wait behind it").isTrue();
        assertThat(link.park(2, new byte[] {2}, TWO_SECONDS)).as("one parked frame at most").isFalse();
        assertThat(link.takeExpired()).as("not waited long enough").isEmpty();
        assertThat(link.takeReplays(false)).isEmpty();

        SlowSocket socket = new SlowSocket();
        link.attach(socket);
        assertThat(socket.sent).as("sent as soon as the socket opens").containsExactly(new byte[] {1});
        assertThat(link.expecting(TWO_SECONDS)).isFalse();
        assertThat(link.busy()).as("now the frame in flight").isTrue();
        socket.finishWrite();
        link.acknowledged(socket, 1);
        assertThat(link.busy()).isFalse();
        assertThat(link.park(3, new byte[] {3}, TWO_SECONDS)).as("a socket is open: no parking").isFalse();
    }

    @Test
    void aParkedFrameGoesThroughVaadinWhenAnEditMustDrawOrWhenTheSocketIsLate() {
        link.token("ft_a");
        link.park(1, new byte[] {1}, TWO_SECONDS);
        assertThat(link.takeReplays(true)).as("an edit draws now: the parked frame first").containsExactly(new byte[] {1});
        assertThat(link.busy()).isFalse();

        link.park(2, new byte[] {2}, 0);
        assertThat(link.busy()).as("waited its time").isFalse();
        assertThat(link.takeExpired()).containsExactly(new byte[] {2});
        assertThat(link.takeExpired()).isEmpty();
        SlowSocket late = new SlowSocket();
        link.token(null); // claimed
        link.attach(late);
        assertThat(late.sent).as("sent once, through Vaadin").isEmpty();
        link.closed(late);
        assertThat(link.expecting(TWO_SECONDS)).as("just dropped: the page asks for a token again").isTrue();
        assertThat(link.expecting(0)).isFalse();
    }
}
