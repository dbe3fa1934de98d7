package org.optimizerplayground.web.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.util.Numbers;

/**
 * The analysis answers as CSV ({@code format=csv}), one row per point, {@code run} counting from 0
 * and empty cells where JSON has {@code null} or a number is not finite:
 * <ul>
 * <li>{@code /api/sweep}: {@code run,lr,final_loss,status,steps_to_tol}</li>
 * <li>{@code /api/basins}: {@code run,cell,theta1[,theta2],basin,final_loss}: the start point of the
 *     cell (row-major from the top-left) and the minimum it ends in (its index in the answer's
 *     {@code minima}, {@code diverged}, or {@code none})</li>
 * </ul>
 */
final class AnalysisCsv {
    private AnalysisCsv() {
    }

    static void sweep(Writer out, List<LearningRateSweep.Curve> curves) throws IOException {
        out.write("run,lr,final_loss,status,steps_to_tol\n");
        for (int r = 0; r < curves.size(); r++) {
            for (LearningRateSweep.Point p : curves.get(r).points()) {
                out.write(r + "," + cell(p.lr()) + "," + cell(p.finalLoss()) + "," + p.status().key() + ","
                        + (p.stepsToTolerance() == null ? "" : p.stepsToTolerance()) + "\n");
            }
        }
    }

    static void basins(Writer out, Experiment e, BasinMap.Result result) throws IOException {
        int dim = e.dimension();
        out.write(dim == 1 ? "run,cell,theta1,basin,final_loss\n" : "run,cell,theta1,theta2,basin,final_loss\n");
        int cells = BasinMap.cells(e, result.grid());
        for (int r = 0; r < result.runs().size(); r++) {
            BasinMap.RunMap map = result.runs().get(r);
            for (int c = 0; c < cells; c++) {
                StringBuilder row = new StringBuilder().append(r).append(',').append(c);
                for (double t : BasinMap.start(e, result.grid(), c)) {
                    row.append(',').append(cell(t));
                }
                int b = map.basin()[c];
                row.append(',').append(b >= 0 ? Integer.toString(b) : b == BasinMap.DIVERGED ? "diverged" : "none");
                row.append(',').append(cell(map.finalLoss()[c])).append('\n');
                out.write(row.toString());
            }
        }
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? Numbers.format(v) : "";
    }
}
