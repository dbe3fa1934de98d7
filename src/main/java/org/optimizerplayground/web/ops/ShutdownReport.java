package org.optimizerplayground.web.ops;

import jakarta.annotation.PreDestroy;
import org.apache.catalina.Lifecycle;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Says in the log what a graceful shutdown did with the tabs' sessions. Spring Boot's order:
 * the public port stops taking requests and lets running ones finish; then the beans are
 * destroyed, the {@link FrameScheduler} among them (this bean depends on it, so it reports
 * first: how many sessions were live and playing when the frames stopped); then Tomcat stops,
 * which expires every HTTP session, which detaches each tab's view and closes its simulation
 * session — the second report, once Tomcat's context has stopped, says how many were left
 * open (0 when all went well).
 */
@Component
public class ShutdownReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private static final Logger LOG = LoggerFactory.getLogger(ShutdownReport.class);

    private final SessionRegistry sessions;
    private final FrameScheduler scheduler;

    public ShutdownReport(SessionRegistry sessions, FrameScheduler scheduler) {
        this.sessions = sessions;
        this.scheduler = scheduler;
    }

    @PreDestroy
    void framesStopping() {
        LOG.info("Shutdown: stopping the frames with {} live sessions, {} of them playing",
                sessions.size(), scheduler.scheduledTasks());
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_STOP_EVENT.equals(event.getType())) {
                LOG.info("Shutdown: web server stopped with {} live sessions left open", sessions.size());
            }
        }));
    }
}
