package org.optimizerplayground.engine.surface;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in catalogue of SPEC §2. Adding a surface: one file and one line here. */
public final class Surfaces {
    /** The id that stands for a typed expression ({@link CustomSurface}). */
    public static final String CUSTOM = "custom";
    /** The surface a bare link opens. */
    public static final String DEFAULT = "rosenbrock";

    private static final Map<String, Surface> CATALOGUE = index(List.of(
            new Parabola(),
            new DoubleWell(),
            new Bowl(),
            new Ravine(),
            new Rosenbrock(),
            new Beale(),
            new Himmelblau(),
            new Saddle(),
            new Rastrigin(),
            new Ackley(),
            new StyblinskiTang(),
            new Booth()));

    private Surfaces() {
    }

    /** The built-in surface with this id, if there is one. */
    public static Optional<Surface> byId(String id) {
        return Optional.ofNullable(CATALOGUE.get(id));
    }

    /** Every built-in surface, in catalogue order. */
    public static List<Surface> all() {
        return List.copyOf(CATALOGUE.values());
    }

    /** Every id a link may name: the built-ins, then {@code custom}. */
    public static List<String> ids() {
        var ids = new java.util.ArrayList<>(CATALOGUE.keySet());
        ids.add(CUSTOM);
        return ids;
    }

    private static Map<String, Surface> index(List<Surface> surfaces) {
        Map<String, Surface> map = new LinkedHashMap<>();
        for (Surface s : surfaces) {
            map.put(s.id(), s);
        }
        return map;
    }
}
