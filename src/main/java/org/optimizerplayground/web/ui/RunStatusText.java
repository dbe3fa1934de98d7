package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/** How a run is doing, in plain words: "k = 57", "converged", "diverged at k = 71: …". */
final class RunStatusText {
    private RunStatusText() {
    }

    static String of(Component i18n, Trajectory t) {
        int k = t.size() - 1;
        Status s = t.status();
        return switch (s) {
            case RUNNING -> i18n.getTranslation("status.running", k);
            case CONVERGED -> i18n.getTranslation("status.converged", k);
            case MAX_STEPS -> i18n.getTranslation("status.max-steps", k);
            case DIVERGED -> i18n.getTranslation(blewUp(t, k) ? "status.diverged.large" : "status.diverged.nonfinite", k);
        };
    }

    /** Whether the run stopped because |θ| passed 10⁶ (rather than J or θ becoming NaN/∞). */
    private static boolean blewUp(Trajectory t, int k) {
        if (!Double.isFinite(t.loss(k))) {
            return false;
        }
        for (int i = 0; i < t.dimension(); i++) {
            if (!Double.isFinite(t.theta(k, i))) {
                return false;
            }
        }
        return true;
    }
}
