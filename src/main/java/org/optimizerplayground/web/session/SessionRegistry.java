package org.optimizerplayground.web.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The live sessions of every tab: what an operator (and the leak tests) can count; and the
 * {@link TrajectoryStore} their trajectories come from.
 */
@Component
public class SessionRegistry {
    /** The budget of the store a registry made without one has (tests, tools): 64 MB. */
    static final long OWN_STORE_BYTES = 64L << 20;

    private final Set<SessionDriver> live = ConcurrentHashMap.newKeySet();
    private final TrajectoryStore store;
    private volatile SessionEvents events = SessionEvents.NONE;

    /** A registry whose sessions read from {@code store} (the application's one store). */
    @Autowired
    public SessionRegistry(TrajectoryStore store) {
        this.store = store;
    }

    /** A registry with a store of its own of {@value #OWN_STORE_BYTES} bytes (tests, tools). */
    public SessionRegistry() {
        this(new TrajectoryStore(OWN_STORE_BYTES));
    }

    /** The store the sessions' trajectories come from. */
    public TrajectoryStore store() {
        return store;
    }

    /** Who hears about the sessions' updates and frames (the metrics); {@link SessionEvents#NONE} by default. */
    public void setEvents(SessionEvents events) {
        this.events = events == null ? SessionEvents.NONE : events;
    }

    SessionEvents events() {
        return events;
    }

    void add(SessionDriver driver) {
        live.add(driver);
    }

    void remove(SessionDriver driver) {
        live.remove(driver);
    }

    /** Sessions whose tab is open. */
    public int size() {
        return live.size();
    }

    /**
     * Sessions that are playing: those with a frame task on the scheduler. Unlike the
     * scheduler's queue, this also counts a session whose frame is running at this instant.
     */
    public int playing() {
        int n = 0;
        for (SessionDriver driver : live) {
            if (driver.ticking()) {
                n++;
            }
        }
        return n;
    }
}
