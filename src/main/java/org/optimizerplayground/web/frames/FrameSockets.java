package org.optimizerplayground.web.frames;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-time tokens that open a tab's frame socket. The tab's Vaadin UI asks for a token
 * ({@link #issue}) and hands it to its page; the page opens {@code /frames?t=<token>} with it; the
 * endpoint {@link #claim claims} it, which removes it: a token opens one socket, for that tab only.
 * A tab has at most one token waiting (a new one replaces the old), so a page asking again and
 * again cannot fill the map. Tokens are 128 random bits from {@link SecureRandom}, base64url.
 *
 * <p>{@code playground.frames.socket=false} turns the channel off: every frame then goes through
 * Vaadin's push (the slim path), which keeps both designs measurable on the same build.
 */
@Component
public class FrameSockets {
    /** Where the endpoint listens, below the servlet context's root. */
    public static final String PATH = "/frames";
    /** The start of every token, so that it is easy to find in a UIDL message. */
    static final String PREFIX = "ft_";

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, FrameLink> waiting = new ConcurrentHashMap<>();
    private final boolean enabled;
    private volatile long waitNanos;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "frame-socket-wait");
        t.setDaemon(true);
        return t;
    });

    public FrameSockets(@Value("${playground.frames.socket:true}") boolean enabled) {
        this(enabled, 2000);
    }

    /**
     * {@code waitMillis} ({@code playground.frames.socket-wait-ms}, 0 to 60 000): how long a heavy
     * frame made while the tab's socket is opening waits for it before it goes through Vaadin.
     */
    @Autowired
    public FrameSockets(@Value("${playground.frames.socket:true}") boolean enabled,
                        @Value("${playground.frames.socket-wait-ms:2000}") long waitMillis) {
        this.enabled = enabled;
        setWait(Duration.ofMillis(waitMillis));
    }

    /** How long a heavy frame waits for the tab's socket to open (see {@link FrameLink#park}). */
    public Duration waitForSocket() {
        return Duration.ofNanos(waitNanos);
    }

    /** Sets {@link #waitForSocket()} (tests without a page set 0: nothing ever opens their sockets). */
    public void setWait(Duration wait) {
        if (wait.isNegative() || wait.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new IllegalArgumentException("playground.frames.socket-wait-ms must be between 0 and 60000, not "
                    + wait.toMillis());
        }
        waitNanos = wait.toNanos();
    }

    /** Runs {@code task} once after {@link #waitForSocket()} on this class's one daemon thread. */
    public void afterWait(Runnable task) {
        later.schedule(task, waitNanos + 1_000_000, TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }

    /** Whether frames go over the socket at all (else only through Vaadin's push). */
    public boolean enabled() {
        return enabled;
    }

    /** A fresh token for {@code link}'s tab; the tab's previous unclaimed token stops working. */
    public String issue(FrameLink link) {
        byte[] bits = new byte[16];
        random.nextBytes(bits);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        String previous = link.token(token);
        if (previous != null) {
            waiting.remove(previous, link);
        }
        waiting.put(token, link);
        return token;
    }

    /** The tab that {@code token} was issued to, once: a second claim, or an unknown token, gives nothing. */
    public Optional<FrameLink> claim(String token) {
        if (token == null) {
            return Optional.empty();
        }
        FrameLink link = waiting.remove(token);
        if (link != null) {
            link.token(null);
        }
        return Optional.ofNullable(link);
    }

    /** The tab is gone: its waiting token, if any, stops working. */
    public void forget(FrameLink link) {
        String token = link.token(null);
        if (token != null) {
            waiting.remove(token, link);
        }
    }

    /** Tokens issued and not claimed yet (for tests and leak checks). */
    public int waiting() {
        return waiting.size();
    }
}
