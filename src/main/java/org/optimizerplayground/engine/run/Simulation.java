package org.optimizerplayground.engine.run;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;

/**
 * Computes whole trajectories: every run of an experiment from θ₀ to its end, one after the
 * other on the calling thread (no parallel reductions: the numbers must not depend on
 * scheduling).
 */
public final class Simulation {
    private Simulation() {
    }

    /** Every run of the experiment, in order. */
    public static List<Trajectory> run(Experiment experiment) {
        List<Trajectory> result = new ArrayList<>();
        for (int i = 0; i < experiment.runs().size(); i++) {
            result.add(new RunStepper(experiment, i).finish());
        }
        return result;
    }

    /** A stepper for run {@code index}, for one-update-at-a-time use. */
    public static RunStepper stepper(Experiment experiment, int index) {
        return new RunStepper(experiment, index);
    }
}
