package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.optimizerplayground.engine.analysis.CancelledException;
import org.optimizerplayground.web.analysis.AnalysisService;

/**
 * The analysis panel's computation under way (a sweep or a basin map, one at a time): its
 * progress bar and message while it runs, its result drawn when it is done (on the page's lock),
 * and cancelling it. A newer computation takes over: the older one's result is never drawn.
 */
final class AnalysisJobs {
    private final ProgressBar progress;
    private final Span message;
    /** Gives the words in the page's language. */
    private final Component i18n;
    private AnalysisService.Job<?> job;
    private BiConsumer<Integer, Integer> watcher;

    AnalysisJobs(ProgressBar progress, Span message, Component i18n) {
        this.progress = progress;
        this.message = message;
        this.i18n = i18n;
    }

    /** Shows progress while {@code next} runs, then draws its result (on the page's lock). */
    <T> void follow(AnalysisService.Job<T> next, Consumer<T> draw) {
        UI ui = UI.getCurrent();
        job = next;
        if (next.result().isDone() && !next.result().isCompletedExceptionally()) {
            draw.accept(next.result().join());
            return;
        }
        progress.setValue(0);
        progress.getParent().ifPresent(p -> p.setVisible(true));
        message.setText(i18n.getTranslation("analysis.working"));
        double[] shown = {0};
        watcher = (finished, total) -> {
            double f = (double) finished / Math.max(1, total);
            if (f - shown[0] >= 0.02 || finished.equals(total)) {
                shown[0] = f;
                ui.access(() -> progress.setValue(f));
            }
        };
        next.watch(watcher);
        next.result().whenComplete((result, error) -> ui.access(() -> {
            if (job != next) {
                return; // a newer computation took over
            }
            stopWatching();
            progress.getParent().ifPresent(p -> p.setVisible(false));
            if (error == null) {
                message.setText("");
                draw.accept(result);
            } else {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                message.setText(i18n.getTranslation(cause instanceof CancelledException ? "analysis.cancelled"
                        : "analysis.failed"));
            }
        }));
    }

    /** Asks the computation under way to stop (its message then says it was cancelled). */
    void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    /** Stops following the progress of the computation under way (a new one is about to start). */
    void stopWatching() {
        if (job != null && watcher != null) {
            job.unwatch(watcher);
        }
        watcher = null;
    }

    /** The panel left the page: nothing more to follow or draw. */
    void forget() {
        stopWatching();
        job = null;
    }
}
