package org.optimizerplayground.web.ops;

import jakarta.annotation.PreDestroy;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Says in the log, on a graceful shutdown, what was still open once the web server had stopped:
 * by then Tomcat has expired every HTTP session, which detaches each tab's view and closes its
 * simulation session, so both numbers should be 0. Runs before the {@link FrameScheduler}
 * stops (this bean depends on it, and Spring destroys dependents first).
 */
@Component
public class ShutdownReport {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownReport.class);

    private final SessionRegistry sessions;
    private final FrameScheduler scheduler;

    public ShutdownReport(SessionRegistry sessions, FrameScheduler scheduler) {
        this.sessions = sessions;
        this.scheduler = scheduler;
    }

    @PreDestroy
    void report() {
        LOG.info("Shutdown: web server stopped with {} live sessions and {} playing left open",
                sessions.size(), scheduler.scheduledTasks());
    }
}
