package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The four data sets: deterministic per seed, and what their formulas promise. */
class DataSetTest {
    private static DataSplit draw(DataShape shape, int n, double noise, double test, long seed) {
        return new DataSpec(shape, n, noise, test).generate(NetworkSeeds.of(seed).dataRandom());
    }

    private static Points all(DataSplit s) {
        int n = s.train().size() + s.test().size();
        double[] x = new double[n];
        double[] y = new double[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            Points p = i < s.train().size() ? s.train() : s.test();
            int j = i < s.train().size() ? i : i - s.train().size();
            x[i] = p.x(j);
            y[i] = p.y(j);
            label[i] = p.label(j);
        }
        return new Points(x, y, label);
    }

    @ParameterizedTest
    @EnumSource(DataShape.class)
    void theSameSeedDrawsTheSamePointsBitForBitAndAnotherSeedOthers(DataShape shape) {
        Points a = all(draw(shape, 101, 0.2, 0.3, 42));
        Points b = all(draw(shape, 101, 0.2, 0.3, 42));
        Points c = all(draw(shape, 101, 0.2, 0.3, 43));
        boolean differs = false;
        for (int i = 0; i < a.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(a.x(i)), Double.doubleToRawLongBits(b.x(i)));
            assertEquals(Double.doubleToRawLongBits(a.y(i)), Double.doubleToRawLongBits(b.y(i)));
            assertEquals(a.label(i), b.label(i));
            differs |= a.x(i) != c.x(i);
        }
        assertTrue(differs, "seed 43 should give other points than seed 42");
    }

    @Test
    void theTestShareIsRoundedHalfUpAndTheTrainingPointsComeFirst() {
        DataSplit s = draw(DataShape.XOR, 10, 0, 0.25, 1);
        assertEquals(7, s.train().size()); // round(2.5) = 3 test points
        assertEquals(3, s.test().size());
        assertEquals(0, draw(DataShape.XOR, 10, 0, 0, 1).test().size());
    }

    @ParameterizedTest
    @EnumSource(value = DataShape.class, names = {"GAUSS", "SPIRAL", "CIRCLE"})
    void halfThePointsAreDrawnForEachClassBeforeTheShuffle(DataShape shape) {
        // without noise, circle's label is its ring; gauss and spiral label by drawing order
        Points p = all(draw(shape, 51, 0, 0, 5));
        int ones = 0;
        for (int i = 0; i < p.size(); i++) {
            ones += p.label(i);
        }
        assertEquals(26, ones);
    }

    @Test
    void withoutNoiseTheCircleIsLabelledByItsRadius() {
        Points p = all(draw(DataShape.CIRCLE, 200, 0, 0, 3));
        for (int i = 0; i < p.size(); i++) {
            double r = Math.hypot(p.x(i), p.y(i));
            assertTrue(p.label(i) == 1 ? r < 2.5 : r >= 3.5 && r <= 5, "r = " + r);
        }
    }

    @Test
    void noiseFlipsCircleLabelsWithoutMovingPoints() {
        Points p = all(draw(DataShape.CIRCLE, 400, 0.5, 0, 3));
        int flipped = 0;
        for (int i = 0; i < p.size(); i++) {
            double r = Math.hypot(p.x(i), p.y(i));
            assertTrue(r <= 2.5 || (r >= 3.5 && r <= 5), "points stay in the disc or the ring");
            flipped += (r < 2.5 ? 1 : 0) != p.label(i) ? 1 : 0;
        }
        assertTrue(flipped > 20, "noise 0.5 flips some labels, got " + flipped);
    }

    @Test
    void withoutNoiseXorIsTheSignOfXyAndKeepsAGapAlongTheAxes() {
        Points p = all(draw(DataShape.XOR, 300, 0, 0, 9));
        for (int i = 0; i < p.size(); i++) {
            assertTrue(Math.abs(p.x(i)) >= 0.3 && Math.abs(p.y(i)) >= 0.3);
            assertEquals(p.x(i) * p.y(i) >= 0 ? 1 : 0, p.label(i));
        }
    }

    @Test
    void theGaussiansSitAroundPlusAndMinusTwoWithVarianceHalfPlusSevenTimesTheNoise() {
        Points p = all(draw(DataShape.GAUSS, 2000, 0.5, 0, 4));
        double[] sum = new double[2];
        double[] sq = new double[2];
        int[] count = new int[2];
        for (int i = 0; i < p.size(); i++) {
            int c = p.label(i);
            double centre = c == 1 ? 2 : -2;
            sum[c] += p.x(i);
            sq[c] += (p.x(i) - centre) * (p.x(i) - centre);
            count[c]++;
        }
        for (int c = 0; c < 2; c++) {
            assertEquals(c == 1 ? 2 : -2, sum[c] / count[c], 0.2);
            assertEquals(4.0, sq[c] / count[c], 0.5); // v = 0.5 + 7 · 0.5
        }
    }

    @Test
    void theSpiralFollowsItsFormulaWhenThereIsNoNoise() {
        // the first point drawn is (0, 0); every class-1 point lies at r = 5i/h, t = 3.5πi/h
        SplittableRandom random = new SplittableRandom(1);
        double[] x = new double[10];
        double[] y = new double[10];
        int[] label = new int[10];
        DataShape.SPIRAL.draw(10, 0, random, x, y, label);
        for (int i = 0; i < 5; i++) {
            double r = 5 * i / 5.0;
            double t = 1.75 * i / 5.0 * 2 * Math.PI;
            assertEquals(r * Math.sin(t), x[i], 1e-12);
            assertEquals(r * Math.cos(t), y[i], 1e-12);
            assertEquals(-r * Math.sin(t), x[i + 5], 1e-12); // class 0 is turned by π
            assertEquals(1, label[i]);
            assertEquals(0, label[i + 5]);
        }
    }

    @Test
    void theSameSeedGivesTheSameInitialWeightsWhateverTheData() {
        NetworkSeeds s = NetworkSeeds.of(1);
        assertEquals(s, NetworkSeeds.of(1));
        assertNotEquals(s.data(), s.init());
        assertNotEquals(s.init(), s.order());
    }
}
