package org.optimizerplayground.web.frames;

import java.util.ArrayList;
import java.util.List;

/**
 * One tab's end of its frame socket: which socket is open, the frame in flight on it, and what
 * must be sent again through Vaadin. Made by the tab; the socket's threads call {@link #attach},
 * {@link #acknowledged}, {@link #written} and {@link #closed}, the tab (under its UI lock) calls
 * the rest. Every method is synchronized on the link: the calls are short and rarely contend.
 *
 * <h2>Backpressure: one frame in flight</h2>
 * A frame is in flight from {@link #send} until the page has acknowledged its sequence number
 * <em>and</em> the socket's write completed. While one is, {@link #busy} is true and the tab skips
 * its timed frames: the session keeps stepping, its "delivered" cursors do not move, and the next
 * frame that goes out carries every point since. No frame ever waits in the server's memory
 * except the one in flight, which is kept (as its bytes) until acknowledged, to send it again.
 *
 * <h2>Ordering across two channels</h2>
 * Control changes (a chart cleared after a restart, a new configuration, the surface…) still go
 * through Vaadin's push, and the frames over this socket: two connections whose messages can
 * arrive in either order. The design that keeps points out of cleared series and never loses the
 * points of a run that did not restart, whatever restarts (one run or all):
 * <ol>
 *   <li>Every frame of a tab, on either channel, has a sequence number (1, 2, 3… per tab, in the
 *       order the frames were made, under the tab's lock). The page applies frames strictly in
 *       that order: a frame that comes early waits until the ones before it are applied, a frame
 *       whose number it has applied already is a duplicate and is dropped (and acknowledged).</li>
 *   <li>A frame whose making also changed the page through Vaadin (the UI had pending changes
 *       after the views drew: a chart cleared or reconfigured, any call) is <em>fenced</em>: the
 *       Vaadin message that carries those changes ends with {@code fence(seq)}, and the page
 *       holds the frame until that fence has arrived, i.e. until the changes it was made after
 *       are applied. Fences come in order on Vaadin's connection, so "highest fence ≥ seq" is
 *       enough. A frame made with no Vaadin change needs no fence.</li>
 *   <li>A frame that goes through Vaadin while a socket frame is in flight (an edit or a command
 *       must draw now; or the socket is down) is preceded, in the same Vaadin message and
 *       <em>before</em> any change the views make, by the in-flight frame's bytes again
 *       ({@link #takeReplays}). If the socket copy arrives first, the Vaadin copy is a duplicate;
 *       if the Vaadin message arrives first, the replay is applied before its clears, and the
 *       socket copy, arriving later, is a duplicate. Either way the in-flight frame's points land
 *       before the clears that were made after it (never in a cleared series), and the points of
 *       runs that did not restart are applied exactly once, in order.</li>
 *   <li>A socket that closes with a frame in flight leaves it as an <em>orphan</em>: the tab sends
 *       it through Vaadin at its next turn (it is told by {@code onClosed}). The page drops it if
 *       it had got it already. Frames made after it — through Vaadin, or over a new socket —
 *       carry higher numbers, so they wait for it.</li>
 * </ol>
 * <h2>A heavy frame waits for the socket</h2>
 * A tab's first frames are made before its page has opened the socket (the very first one is in
 * the page's first answer). A heavy frame made then (over {@code FrameChannel.PARK_BYTES}) is
 * <em>parked</em> ({@link #park}) instead of going into Vaadin's answer, which Vaadin keeps for
 * resending and Atmosphere copies: the socket sends it as soon as it opens ({@link #attach}). While
 * it waits the link is {@link #busy}, so timed frames wait too; an edit or a command that must draw
 * now takes it through Vaadin first ({@link #takeReplays}), as does the tab once it has waited
 * too long ({@link #takeExpired}). The same holds for the moments after a drop.
 *
 * So the page never needs epochs: the order of making is the order of applying, and each Vaadin
 * change is applied between the frames made before and after it, as on a single channel. A page
 * that misses a number for 10 s (Vaadin resynchronised its whole UI and lost the message) moves
 * on rather than freezing.
 */
public final class FrameLink {
    /** The socket as the link uses it (a JSR-356 session in the app, a stand-in in tests). */
    public interface Socket {
        /** Starts sending {@code bytes} as one binary message; {@code done} gets whether it was written. */
        void send(byte[] bytes, java.util.function.Consumer<Boolean> done);

        /** Closes the socket with a reason (the page reconnects). */
        void close(String reason);
    }

    private final Runnable onClosed;
    private final Runnable onOpened;
    private Socket socket;
    private long inFlight;
    private byte[] unacked;
    private boolean writing;
    private final List<byte[]> orphans = new ArrayList<>();
    private String token;
    /** When the last socket closed (System.nanoTime; 0 never). */
    private long awaitedSince;
    private byte[] parked;
    private long parkedSeq;
    private long parkedUntil;
    private long sent;
    private long skipped;

    /** A link whose tab learns through {@code onClosed} (on the socket's thread) that a socket closed. */
    public FrameLink(Runnable onClosed) {
        this(onClosed, () -> { });
    }

    /** As {@link #FrameLink(Runnable)}, and the tab learns through {@code onOpened} (on the socket's thread) that its page opened a socket. */
    public FrameLink(Runnable onClosed, Runnable onOpened) {
        this.onClosed = onClosed;
        this.onOpened = onOpened;
    }

    /** Swaps the tab's waiting token (for {@link FrameSockets}); returns the previous one. */
    synchronized String token(String next) {
        String previous = token;
        token = next;
        return previous;
    }

    /** The page opened {@code s} with this tab's token: frames go there from now on. */
    public void attach(Socket s) {
        Socket old;
        byte[] waiting;
        synchronized (this) {
            old = socket;
            if (old != null) {
                orphan();
            }
            socket = s;
            waiting = parked;
            if (waiting != null) { // the parked frame goes first, as the frame in flight
                inFlight = parkedSeq;
                unacked = waiting;
                writing = true;
                sent++;
                parked = null;
            }
        }
        if (old != null) {
            old.close("replaced by a newer socket of the same tab");
        }
        if (waiting != null) {
            try {
                s.send(waiting, ok -> written(s, ok));
            } catch (RuntimeException refused) {
                closed(s);
            }
        }
        onOpened.run();
    }

    /**
     * Whether a socket is expected soon: none is open, and a token waits to be claimed (the page
     * has it, or gets it with this answer), or a socket closed less than {@code waitNanos} ago
     * (the page is about to ask for a token).
     */
    public synchronized boolean expecting(long waitNanos) {
        return socket == null && (token != null || awaitedSince != 0 && System.nanoTime() - awaitedSince < waitNanos);
    }

    /**
     * Keeps frame {@code seq} until the socket opens (it is then sent first) or {@code waitNanos}
     * have passed; false if a socket is open or a frame is parked already (send it through Vaadin).
     */
    public synchronized boolean park(long seq, byte[] bytes, long waitNanos) {
        if (socket != null || parked != null) {
            return false;
        }
        parked = bytes;
        parkedSeq = seq;
        parkedUntil = System.nanoTime() + waitNanos;
        return true;
    }

    /** The parked frame if it has waited its time (to send through Vaadin), else nothing. */
    public synchronized List<byte[]> takeExpired() {
        if (parked == null || System.nanoTime() - parkedUntil < 0) {
            return List.of();
        }
        byte[] p = parked;
        parked = null;
        return List.of(p);
    }

    /** {@code s} closed (the page left, the network dropped, or it was replaced). */
    public void closed(Socket s) {
        synchronized (this) {
            if (socket != s) {
                return;
            }
            orphan();
            socket = null;
            awaitedSince = System.nanoTime();
        }
        onClosed.run();
    }

    /** The tab is gone: its socket is closed, nothing more is sent. */
    public void close() {
        Socket s;
        synchronized (this) {
            s = socket;
            socket = null;
            unacked = null;
            inFlight = 0;
            orphans.clear();
            parked = null;
        }
        if (s != null) {
            s.close("the tab is closed");
        }
    }

    /** Whether a socket is open for this tab. */
    public synchronized boolean open() {
        return socket != null;
    }

    /** Whether a frame is in flight on the open socket (timed frames wait for it). */
    public synchronized boolean busy() {
        return socket != null && (inFlight != 0 || writing) || parked != null && System.nanoTime() - parkedUntil < 0;
    }

    /** Counts a timed frame the tab held back because one was in flight. */
    public synchronized void skipped() {
        skipped++;
    }

    /**
     * Sends frame {@code seq} over the socket if one is open and idle; false if not (the caller
     * then sends it through Vaadin).
     */
    public boolean send(long seq, byte[] bytes) {
        Socket s;
        synchronized (this) {
            if (socket == null || inFlight != 0 || writing) {
                return false;
            }
            s = socket;
            inFlight = seq;
            unacked = bytes;
            writing = true;
            sent++;
        }
        try {
            s.send(bytes, ok -> written(s, ok));
        } catch (RuntimeException refused) { // closed under our feet: the frame is an orphan now
            closed(s);
        }
        return true;
    }

    /** The write of the frame in flight on {@code s} ended. */
    public void written(Socket s, boolean ok) {
        synchronized (this) {
            if (socket != s) {
                return;
            }
            writing = false;
        }
        if (!ok) {
            s.close("a frame could not be written");
            closed(s);
        }
    }

    /** The page applied (or already had) frame {@code seq}, received over {@code s}. */
    public synchronized void acknowledged(Socket s, long seq) {
        if (socket == s && inFlight == seq) {
            inFlight = 0;
            unacked = null;
        }
    }

    /**
     * The frames to send through Vaadin before anything else the tab sends now: the orphans of
     * closed sockets, and with {@code inFlightToo} the frame in flight (once; it stays in flight
     * until acknowledged).
     */
    public synchronized List<byte[]> takeReplays(boolean inFlightToo) {
        boolean parkedToo = parked != null && (inFlightToo || System.nanoTime() - parkedUntil >= 0);
        if (orphans.isEmpty() && !(inFlightToo && unacked != null) && !parkedToo) {
            return List.of();
        }
        List<byte[]> replays = new ArrayList<>(orphans);
        orphans.clear();
        if (inFlightToo && unacked != null) {
            replays.add(unacked);
            unacked = null;
        }
        if (parkedToo) { // made after every frame above (a parked frame means no socket was open)
            replays.add(parked);
            parked = null;
        }
        return replays;
    }

    /** Frames sent over sockets and timed frames skipped, so far (for tests and measurements). */
    public synchronized long[] counts() {
        return new long[] {sent, skipped};
    }

    private void orphan() {
        if (unacked != null) {
            orphans.add(unacked);
        }
        unacked = null;
        inFlight = 0;
        writing = false;
    }
}
