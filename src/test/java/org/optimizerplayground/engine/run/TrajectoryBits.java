package org.optimizerplayground.engine.run;

import java.util.ArrayList;
import java.util.List;

/**
 * Every number of every point of some runs, as raw bits, so that "equal" in a test means bit for
 * bit: θ and ∇J of each coordinate, J, α, and the run's status at the end.
 */
public final class TrajectoryBits {
    private TrajectoryBits() {
    }

    public static List<long[]> of(List<Trajectory> runs) {
        List<long[]> all = new ArrayList<>();
        for (Trajectory t : runs) {
            long[] b = new long[t.size() * (2 * t.dimension() + 2) + 1];
            int n = 0;
            for (int k = 0; k < t.size(); k++) {
                for (int i = 0; i < t.dimension(); i++) {
                    b[n++] = Double.doubleToRawLongBits(t.theta(k, i));
                    b[n++] = Double.doubleToRawLongBits(t.grad(k, i));
                }
                b[n++] = Double.doubleToRawLongBits(t.loss(k));
                b[n++] = Double.doubleToRawLongBits(t.lr(k));
            }
            b[n] = t.status().ordinal();
            all.add(b);
        }
        return all;
    }
}
