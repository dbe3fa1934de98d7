package org.optimizerplayground.web.session;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The live sessions of every tab: what an operator (and the leak tests) can count. */
@Component
public class SessionRegistry {
    private final Set<SessionDriver> live = ConcurrentHashMap.newKeySet();
    private volatile SessionEvents events = SessionEvents.NONE;

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
