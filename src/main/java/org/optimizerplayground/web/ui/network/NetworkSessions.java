package org.optimizerplayground.web.ui.network;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.optimizerplayground.web.session.SessionEvents;
import org.springframework.stereotype.Component;

/**
 * The live sessions of the network page's tabs, counted as {@code SessionRegistry} counts the
 * surface page's (the operator's metrics, {@code web/ops}): how many tabs are open, how many
 * play, and the updates and frames they compute, told to the {@link SessionEvents} listener.
 */
@Component
public class NetworkSessions {
    private final Set<NetworkDriver> live = ConcurrentHashMap.newKeySet();
    private volatile SessionEvents events = SessionEvents.NONE;

    /** Who hears about the sessions' updates and frames (the metrics). */
    public void setEvents(SessionEvents next) {
        events = next == null ? SessionEvents.NONE : next;
    }

    SessionEvents events() {
        return events;
    }

    void add(NetworkDriver driver) {
        live.add(driver);
    }

    void remove(NetworkDriver driver) {
        live.remove(driver);
    }

    /** Network tabs with a live session. */
    public int size() {
        return live.size();
    }

    /** Network sessions that are playing (a frame task on the scheduler). */
    public int playing() {
        int n = 0;
        for (NetworkDriver driver : live) {
            if (driver.ticking()) {
                n++;
            }
        }
        return n;
    }
}
