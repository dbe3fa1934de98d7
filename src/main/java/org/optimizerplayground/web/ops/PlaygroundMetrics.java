package org.optimizerplayground.web.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.optimizerplayground.web.session.SessionEvents;
import org.optimizerplayground.web.session.SessionRegistry;
import org.optimizerplayground.web.ui.network.NetworkSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The playground's own metrics, served by Actuator on the management port
 * ({@code /actuator/metrics/NAME}, and {@code /actuator/prometheus} with {@code .} as {@code _}
 * and counters ending in {@code _total}):
 *
 * <ul>
 *   <li>{@value #ACTIVE} — gauge: tabs with a live session ({@link SessionRegistry#size()});
 *   <li>{@value #PLAYING} — gauge: sessions that are playing ({@link SessionRegistry#playing()});
 *   <li>{@value #UPDATES} — counter: optimizer updates computed by the sessions (playing, stepping,
 *       {@code speed=max}), and {@value #UPDATES_RATE}, the same per second;
 *   <li>{@value #FRAMES} — counter: frames rendered for push (at most 30 per second per playing
 *       tab), and {@value #FRAMES_RATE}, the same per second;
 *   <li>{@value #PUSH_ERRORS} — counter: frames that could not be delivered, because the tab
 *       refused the access (it is gone) or rendering the frame threw;
 *   <li>{@value #NETWORK_ACTIVE}, {@value #NETWORK_PLAYING} — gauges: the same for the network
 *       page's tabs ({@link NetworkSessions}), whose updates and frames the counters above include.
 *   <li>the shared trajectory store ({@link TrajectoryStore}): {@value #STORE_COMPUTATIONS} —
 *       runs computed (new, or again after an eviction; the store keys per run), {@value #STORE_HITS} — requests
 *       answered by a run already kept (a tab opening or restarting a link, an API call),
 *       {@value #STORE_EVICTIONS}, {@value #STORE_UPDATES} — optimizer updates the store computed,
 *       {@value #STORE_BYTES} and {@value #STORE_BUDGET} — bytes kept and allowed,
 *       {@value #STORE_EXPERIMENTS} — runs kept (the name is older than per-run keys).
 * </ul>
 */
@Component
public class PlaygroundMetrics implements SessionEvents {
    static final String ACTIVE = "playground.sessions.active";
    static final String PLAYING = "playground.sessions.playing";
    static final String UPDATES = "playground.updates";
    static final String UPDATES_RATE = "playground.updates.per.second";
    static final String FRAMES = "playground.frames.pushed";
    static final String FRAMES_RATE = "playground.frames.pushed.per.second";
    static final String PUSH_ERRORS = "playground.push.errors";
    static final String NETWORK_ACTIVE = "playground.network.sessions.active";
    static final String NETWORK_PLAYING = "playground.network.sessions.playing";
    static final String STORE_COMPUTATIONS = "playground.store.computations";
    static final String STORE_HITS = "playground.store.hits";
    static final String STORE_EVICTIONS = "playground.store.evictions";
    static final String STORE_UPDATES = "playground.store.updates";
    static final String STORE_BYTES = "playground.store.bytes";
    static final String STORE_BUDGET = "playground.store.budget";
    static final String STORE_EXPERIMENTS = "playground.store.experiments";

    private static final Logger LOG = LoggerFactory.getLogger(PlaygroundMetrics.class);

    private final Counter updates;
    private final Counter frames;
    private final Counter pushErrors;

    /** The surface page's sessions only (a network page counted nowhere). */
    public PlaygroundMetrics(MeterRegistry meters, SessionRegistry sessions) {
        this(meters, sessions, new NetworkSessions());
    }

    @Autowired
    public PlaygroundMetrics(MeterRegistry meters, SessionRegistry sessions, NetworkSessions networkSessions) {
        Gauge.builder(NETWORK_ACTIVE, networkSessions, NetworkSessions::size)
                .description("Browser tabs of the network page with a live training session").baseUnit("sessions")
                .register(meters);
        Gauge.builder(NETWORK_PLAYING, networkSessions, NetworkSessions::playing)
                .description("Network sessions that are playing").baseUnit("sessions").register(meters);
        Gauge.builder(ACTIVE, sessions, SessionRegistry::size)
                .description("Browser tabs with a live simulation session").baseUnit("sessions").register(meters);
        Gauge.builder(PLAYING, sessions, SessionRegistry::playing)
                .description("Sessions that are playing (one frame task each)").baseUnit("sessions").register(meters);
        updates = Counter.builder(UPDATES)
                .description("Optimizer updates computed by the sessions").baseUnit("updates").register(meters);
        frames = Counter.builder(FRAMES)
                .description("Frames rendered and handed to push").baseUnit("frames").register(meters);
        pushErrors = Counter.builder(PUSH_ERRORS)
                .description("Frames that could not be delivered (tab gone or rendering failed)")
                .baseUnit("frames").register(meters);
        RatePerSecond updateRate = new RatePerSecond(updates::count, System::nanoTime);
        RatePerSecond frameRate = new RatePerSecond(frames::count, System::nanoTime);
        Gauge.builder(UPDATES_RATE, updateRate, RatePerSecond::perSecond)
                .description("Optimizer updates per second, since the previous reading").register(meters);
        Gauge.builder(FRAMES_RATE, frameRate, RatePerSecond::perSecond)
                .description("Frames pushed per second, since the previous reading").register(meters);
        TrajectoryStore store = sessions.store();
        FunctionCounter.builder(STORE_COMPUTATIONS, store, st -> st.stats().computations())
                .description("Runs computed by the shared store (new, or again after an eviction)").register(meters);
        FunctionCounter.builder(STORE_HITS, store, st -> st.stats().hits())
                .description("Requests for a run the store already kept").register(meters);
        FunctionCounter.builder(STORE_EVICTIONS, store, st -> st.stats().evictions())
                .description("Experiments let go to stay within the budget").register(meters);
        FunctionCounter.builder(STORE_UPDATES, store, st -> st.stats().updates())
                .description("Optimizer updates computed by the store").baseUnit("updates").register(meters);
        Gauge.builder(STORE_BYTES, store, TrajectoryStore::bytes)
                .description("Bytes of trajectories the store keeps").baseUnit("bytes").register(meters);
        Gauge.builder(STORE_BUDGET, store, TrajectoryStore::budget)
                .description("Bytes of trajectories the store may keep").baseUnit("bytes").register(meters);
        Gauge.builder(STORE_EXPERIMENTS, store, st -> st.stats().experiments())
                .description("Runs the store keeps").register(meters);
        sessions.setEvents(this);
        networkSessions.setEvents(this);
    }

    @Override
    public void updatesComputed(long count) {
        updates.increment(count);
    }

    @Override
    public void framePushed() {
        frames.increment();
    }

    @Override
    public void frameFailed(RuntimeException cause) {
        pushErrors.increment();
        LOG.debug("A frame could not be delivered", cause);
    }
}
