package org.optimizerplayground.web.ops;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.atmosphere.cpr.Action;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereInterceptor;
import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.util.ExecutorsFactory;

/**
 * Drops cancelled tasks from Atmosphere's scheduler at once, instead of after their delay.
 *
 * <p>Atmosphere's {@code HeartbeatInterceptor} (on by default in Vaadin's push) cancels a push
 * connection's heartbeat and schedules a new one, 60 s ahead, after every message it writes. Its
 * scheduler is a plain {@link ScheduledThreadPoolExecutor}, which keeps a cancelled task in its
 * queue until the task's delay runs out: at 30 frames a second a tab keeps about 1 800 cancelled
 * heartbeats queued (≈150 000 were seen at 150 tabs), each holding the tab's push resource and its
 * request and response wrappers for a minute, also after the tab is gone ({@code PushResidueTest}:
 * 20 tabs at 10 frames a second had 2 315 queued after a few seconds). With
 * {@link ScheduledThreadPoolExecutor#setRemoveOnCancelPolicy(boolean) removeOnCancelPolicy} the
 * queue holds one heartbeat per open connection.
 *
 * <p>An interceptor because that is Atmosphere's hook into its configuration: it is named in the
 * Vaadin servlet's init parameters ({@link AtmosphereSettings}) and does nothing per request.
 */
public final class HeartbeatQueue implements AtmosphereInterceptor {
    @Override
    public void configure(AtmosphereConfig config) {
        // With shared executors (Atmosphere's default, and Vaadin's) this is the heartbeat's scheduler.
        ScheduledExecutorService scheduler = ExecutorsFactory.getScheduler(config);
        if (scheduler instanceof ScheduledThreadPoolExecutor pool) {
            pool.setRemoveOnCancelPolicy(true);
        }
    }

    @Override
    public Action inspect(AtmosphereResource resource) {
        return Action.CONTINUE;
    }

    @Override
    public void postInspect(AtmosphereResource resource) {
    }

    @Override
    public void destroy() {
    }
}
