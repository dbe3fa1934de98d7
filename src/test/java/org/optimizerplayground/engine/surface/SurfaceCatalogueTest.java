package org.optimizerplayground.engine.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue against SPEC §2's table, copied here by hand: ids and their order, dimension,
 * view window, default start and the minima with the digits the table gives.
 */
class SurfaceCatalogueTest {

    /** One row of SPEC §2's table. */
    record Row(String id, int dim, double[] view, double[] start) {
        @Override
        public String toString() {
            return id;
        }
    }

    /** SPEC §2, in the table's order. */
    static final List<Row> SPEC = List.of(
            new Row("parabola", 1, new double[] {-3, 3}, new double[] {2.5}),
            new Row("double-well", 1, new double[] {-2.2, 2.2}, new double[] {2.0}),
            new Row("bowl", 2, new double[] {-3, 3, -3, 3}, new double[] {2.5, 2}),
            new Row("ravine", 2, new double[] {-5, 5, -2.5, 2.5}, new double[] {-4.5, 1.5}),
            new Row("rosenbrock", 2, new double[] {-2, 2, -1, 3}, new double[] {-1.5, 2}),
            new Row("beale", 2, new double[] {-4.5, 4.5, -4.5, 4.5}, new double[] {1, 1.5}),
            new Row("himmelblau", 2, new double[] {-5, 5, -5, 5}, new double[] {0, 0}),
            new Row("saddle", 2, new double[] {-2, 2, -2, 2}, new double[] {-1.5, 0.001}),
            new Row("rastrigin", 2, new double[] {-5.12, 5.12, -5.12, 5.12}, new double[] {3.3, -2.7}),
            new Row("ackley", 2, new double[] {-5, 5, -5, 5}, new double[] {3.5, -3}),
            new Row("styblinski-tang", 2, new double[] {-5, 5, -5, 5}, new double[] {4.5, 4.5}),
            new Row("booth", 2, new double[] {-10, 10, -10, 10}, new double[] {-8, 8}));

    static Stream<Row> rows() {
        return SPEC.stream();
    }

    @Test
    void catalogueIdsAreSpecsInSpecsOrder() {
        List<String> expected = SPEC.stream().map(Row::id).toList();
        assertEquals(expected, Surfaces.all().stream().map(Surface::id).toList());
        // A link may also name custom, after the built-ins.
        List<String> ids = Surfaces.ids();
        assertEquals(expected, ids.subList(0, expected.size()));
        assertEquals(List.of(Surfaces.CUSTOM), ids.subList(expected.size(), ids.size()));
    }

    @Test
    void byIdFindsEveryBuiltInAndNothingElse() {
        for (Surface s : Surfaces.all()) {
            assertSame(s, Surfaces.byId(s.id()).orElseThrow());
        }
        assertTrue(Surfaces.byId(Surfaces.CUSTOM).isEmpty(), "custom needs an expression, it is no built-in");
        assertTrue(Surfaces.byId("Rosenbrock").isEmpty(), "ids are case-sensitive");
        assertTrue(Surfaces.byId("").isEmpty());
        assertEquals("rosenbrock", Surfaces.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void dimensionViewAndStartAreSpecsExactly(Row row) {
        Surface s = Surfaces.byId(row.id()).orElseThrow();
        assertEquals(row.dim(), s.dimension(), row.id() + " dim");
        // assertArrayEquals on double[] compares exactly.
        assertArrayEquals(row.view(), s.view(), row.id() + " view window");
        assertArrayEquals(row.start(), s.defaultStart(), row.id() + " default start");
    }

    @Test
    void minimaHaveSpecsNumbers() {
        // "0 at w=0" and friends: one global minimum of value 0.
        assertOnlyGlobal("parabola", 0, new double[] {0}, 0);
        assertOnlyGlobal("bowl", 0, new double[] {0, 0}, 0);
        assertOnlyGlobal("ravine", 0, new double[] {0, 0}, 0);
        assertOnlyGlobal("rosenbrock", 0, new double[] {1, 1}, 0);
        assertOnlyGlobal("beale", 0, new double[] {3, 0.5}, 0);
        assertOnlyGlobal("booth", 0, new double[] {1, 3}, 0);
        assertOnlyGlobal("ackley", 0, new double[] {0, 0}, 0);
        // "0 at (0,0), many local minima": only the global one is listed.
        assertOnlyGlobal("rastrigin", 0, new double[] {0, 0}, 0);

        // "global −3.5139 at w≈−1.30084; local −1.0702 at w≈1.13090"
        List<Minimum> well = minima("double-well");
        assertEquals(2, well.size());
        assertMinimum(well.get(0), true, -3.5139, 5e-5, new double[] {-1.30084}, 5e-6);
        assertMinimum(well.get(1), false, -1.0702, 5e-5, new double[] {1.13090}, 5e-6);

        // "0 at (3,2), (−2.805118,3.131312), (−3.779310,−3.283186), (3.584428,−1.848126)": the
        // table's sixth decimals are cut, not rounded (3.1313125…), so within one unit of them.
        List<Minimum> himmelblau = minima("himmelblau");
        assertEquals(4, himmelblau.size());
        double[][] spots = {{3, 2}, {-2.805118, 3.131312}, {-3.779310, -3.283186}, {3.584428, -1.848126}};
        for (int i = 0; i < spots.length; i++) {
            assertMinimum(himmelblau.get(i), true, 0, 1e-6, spots[i], 1e-6);
        }

        // "−78.3323 at (−2.903534, −2.903534), 3 more local"
        List<Minimum> st = minima("styblinski-tang");
        assertEquals(4, st.size());
        assertMinimum(st.get(0), true, -78.3323, 5e-5, new double[] {-2.903534, -2.903534}, 5e-7);
        for (Minimum m : st.subList(1, 4)) {
            assertEquals(false, m.global(), "styblinski-tang: the other three are local");
        }

        // "none (unbounded below)"
        assertEquals(List.of(), minima("saddle"));
    }

    private static List<Minimum> minima(String id) {
        return Surfaces.byId(id).orElseThrow().minima();
    }

    private static void assertOnlyGlobal(String id, double value, double[] point, double tolerance) {
        List<Minimum> minima = minima(id);
        assertEquals(1, minima.size(), id + ": one listed minimum");
        assertMinimum(minima.get(0), true, value, 1e-12, point, tolerance);
    }

    private static void assertMinimum(Minimum m, boolean global, double value, double valueTolerance,
                                      double[] point, double pointTolerance) {
        assertEquals(global, m.global(), "global flag of " + m);
        assertEquals(value, m.value(), valueTolerance, "value");
        assertArrayEquals(point, m.point(), pointTolerance, "where");
    }
}
