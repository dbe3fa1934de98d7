package org.optimizerplayground.engine.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole training runs: every run of a {@link TrainSpec} from the common θ₀ through the common
 * batch order to its end, one after the other on the calling thread (no parallel reductions:
 * the numbers must not depend on scheduling).
 */
public final class Training {
    private Training() {
    }

    /** Every run of the race, in order. */
    public static List<TrainHistory> run(TrainSpec spec) {
        return run(NetworkProblem.of(spec));
    }

    /** Every run of the race on an already drawn problem, in order. */
    public static List<TrainHistory> run(NetworkProblem problem) {
        List<TrainHistory> result = new ArrayList<>();
        for (var run : problem.spec().runs()) {
            result.add(new TrainStepper(problem, run).finish());
        }
        return result;
    }
}
