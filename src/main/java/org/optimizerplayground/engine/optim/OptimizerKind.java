package org.optimizerplayground.engine.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.optimizerplayground.engine.util.Text;

/**
 * What a link needs to know of an optimizer: its id, its parameters with their defaults (in
 * the order links and panels list them), and how to build it from resolved values.
 */
public record OptimizerKind(String id, String label, List<ParamSpec> params,
                            Function<Params, Optimizer<?>> factory) {
    public OptimizerKind {
        params = List.copyOf(params);
    }

    /** The parameter named {@code name}, or {@code null}. */
    public ParamSpec param(String name) {
        for (ParamSpec p : params) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** The default of the learning rate {@code lr}. */
    public double defaultLr() {
        return (Double) param("lr").defaultValue();
    }

    /** The parameter keys, in order. */
    public List<String> names() {
        return params.stream().map(ParamSpec::name).toList();
    }

    /**
     * Builds the optimizer from the texts of a link; missing keys take their defaults.
     *
     * @throws IllegalArgumentException naming the key for an unknown key, a malformed value or
     *     a value out of range
     */
    public Optimizer<?> read(Map<String, String> texts) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            ParamSpec p = param(e.getKey());
            if (p == null) {
                throw new IllegalArgumentException("unknown parameter '" + Text.quote(e.getKey()) + "' ("
                        + id + " takes " + String.join(", ", names()) + ")");
            }
            values.put(p.name(), p.read(e.getValue()));
        }
        return create(values);
    }

    /**
     * Builds the optimizer from typed values; missing keys take their defaults.
     *
     * @throws IllegalArgumentException naming the parameter for a value out of range
     */
    public Optimizer<?> create(Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            all.put(p.name(), values.getOrDefault(p.name(), p.defaultValue()));
        }
        return factory.apply(new Params(all));
    }
}
