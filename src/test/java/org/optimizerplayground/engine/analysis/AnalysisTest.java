package org.optimizerplayground.engine.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;

/** The sweep and the basin map give the numbers single runs give, and read as SPEC §9 says. */
class AnalysisTest {
    private static final ForkJoinPool TWO = new ForkJoinPool(2);

    @Test
    void ratesAreLogSpacedAndEndExactlyAtTheBounds() {
        assertThat(LearningRateSweep.rates(1e-5, 10, 7)).containsExactly(1e-5, 1e-4, 1e-3, 0.01, 0.1, 1, 10);
        assertThatThrownBy(() -> LearningRateSweep.rates(1, 0.1, 5)).hasMessage(
                "lr_from must be smaller than lr_to, got 1 and 0.1");
        assertThatThrownBy(() -> LearningRateSweep.rates(1e-5, 10, 201)).hasMessage("count must be in [2, 200], got 201");
    }

    @Test
    void eachSweepPointIsTheRunAtThatRate() {
        Experiment e = Link.read("surface=rosenbrock&steps=300&run=adam(lr=0.05,beta1=0.8,decay=0.9,decay_steps=50)");
        double[] rates = LearningRateSweep.rates(1e-3, 1, 4);
        LearningRateSweep.Curve curve = LearningRateSweep.run(e, rates, Progress.NONE).get(0);
        for (int i = 0; i < rates.length; i++) {
            Experiment single = Link.read("surface=rosenbrock&steps=300&run=adam(lr=" + rates[i]
                    + ",beta1=0.8,decay=0.9,decay_steps=50)");
            Trajectory t = Simulation.run(single).get(0);
            LearningRateSweep.Point p = curve.points().get(i);
            assertEquals(t.last().loss(), p.finalLoss());
            assertEquals(t.status(), p.status());
        }
    }

    @Test
    void stepsToToleranceIsTheFirstUpdateWithinOneMillionthOfTheMinimum() {
        // Gradient descent on w² with α = 0.25: w_k = 2.5·0.5^k, J = 6.25·0.25^k < 1e-6 from k = 12.
        LearningRateSweep.Point p = LearningRateSweep.run(Link.read("surface=parabola&steps=40&run=sgd"),
                new double[] {0.25}, Progress.NONE).get(0).points().get(0);
        assertEquals(12, p.stepsToTolerance());
        // α = 1.5 diverges: no final loss worth the name, no steps to tolerance.
        LearningRateSweep.Point big = LearningRateSweep.run(Link.read("surface=parabola&steps=40&run=sgd"),
                new double[] {1.5}, Progress.NONE).get(0).points().get(0);
        assertEquals(Status.DIVERGED, big.status());
        assertNull(big.stepsToTolerance());
        // Unknown J* (a typed surface): null.
        assertNull(LearningRateSweep.run(Link.read("surface=custom&f=w^2&start=1&steps=40&run=sgd"),
                new double[] {0.25}, Progress.NONE).get(0).points().get(0).stepsToTolerance());
    }

    @Test
    void everyBasinCellIsTheSingleRunFromThatStart() {
        Experiment e = Link.read("surface=himmelblau&steps=300&run=adam(lr=0.1)&run=momentum(lr=0.005)");
        int grid = 9;
        BasinMap.Result map = BasinMap.run(e, grid, TWO, Progress.NONE);
        for (int r = 0; r < 2; r++) {
            for (int cell = 0; cell < grid * grid; cell++) {
                double[] start = BasinMap.start(e, grid, cell);
                Trajectory t = Simulation.run(e.withStart(start).withRuns(List.of(e.runs().get(r)))).get(0);
                assertEquals(t.last().loss(), map.runs().get(r).finalLoss()[cell], "run " + r + " cell " + cell);
            }
        }
    }

    @Test
    void cellsRunRowMajorFromTheTopLeft() {
        Experiment e = Link.read("surface=bowl");
        // View [−3, 3]², 3×3 grid: centres at −2, 0, 2; row 0 is the top (y = 2).
        assertThat(BasinMap.start(e, 3, 0)).containsExactly(-2.0, 2.0);
        assertThat(BasinMap.start(e, 3, 2)).containsExactly(2.0, 2.0);
        assertThat(BasinMap.start(e, 3, 3)).containsExactly(-2.0, 0.0);
        assertThat(BasinMap.start(e, 3, 8)).containsExactly(2.0, -2.0);
    }

    @Test
    void himmelblausFourBasinsAreFoundAndLabelled() {
        Experiment e = Link.read("surface=himmelblau&steps=500&run=adam(lr=0.1)");
        BasinMap.Result map = BasinMap.run(e, 20, TWO, Progress.NONE);
        assertEquals(4, map.minima().size());
        assertThat(map.runs().get(0).basin()).contains(0, 1, 2, 3);
        // The cell nearest (3, 2) ends in (3, 2), minimum 0.
        int col = 15;
        int row = 5; // centres x = −4.75 + 0.5·col = 2.75, y = 4.75 − 0.5·row = 2.25
        assertEquals(0, map.runs().get(0).basin()[row * 20 + col]);
    }

    @Test
    void divergingStartsAreMarked() {
        Experiment e = Link.read("surface=parabola&steps=100&run=sgd(lr=1.5)");
        BasinMap.Result map = BasinMap.run(e, 10, TWO, Progress.NONE);
        assertThat(map.runs().get(0).basin()).containsOnly(BasinMap.DIVERGED);
        assertEquals(10, map.runs().get(0).basin().length, "a 1-D surface gives one row");
    }

    @Test
    void aTypedSurfaceListsTheEndPointsItFound() {
        Experiment e = Link.read("surface=custom&f=(x^2-1)^2%2By^2&view=-2,2,-1,1&steps=400&run=adam(lr=0.05)");
        BasinMap.Result map = BasinMap.run(e, 8, TWO, Progress.NONE);
        assertEquals(2, map.minima().size(), "two wells, at x = ±1");
        assertThat(Math.abs(map.minima().get(0)[0])).isBetween(0.999, 1.001);
    }

    @Test
    void boundedWorkPerRequest() {
        assertThatThrownBy(() -> BasinMap.checkGrid(201)).hasMessage("grid must be in [1, 200], got 201");
        assertThatThrownBy(() -> BasinMap.checkSteps(Link.read("steps=2001")))
                .hasMessage("a basin map runs at most 2000 updates per start, got steps=2001");
    }

    @Test
    void aCancelledMapStops() {
        Progress cancelled = new Progress() {
            @Override
            public void done(int finished, int total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> BasinMap.run(Link.read("surface=bowl"), 50, TWO, cancelled))
                .isInstanceOf(CancelledException.class);
    }
}
