package org.optimizerplayground.engine.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The optimizers of SPEC §3. Adding one: one file and one line here. */
public final class Optimizers {
    private static final Map<String, OptimizerKind> KINDS = index(List.of(
            Sgd.KIND,
            Momentum.KIND,
            MomentumEma.KIND,
            Nesterov.KIND,
            RmsProp.KIND,
            Adam.KIND,
            AdamW.KIND,
            Nadam.KIND,
            Adagrad.KIND,
            Adadelta.KIND,
            Adamax.KIND,
            Lion.KIND));

    private Optimizers() {
    }

    /** The kind with this id, if there is one. */
    public static Optional<OptimizerKind> byId(String id) {
        return Optional.ofNullable(KINDS.get(id));
    }

    /** Every kind, in the order menus list them. */
    public static List<OptimizerKind> all() {
        return List.copyOf(KINDS.values());
    }

    /** Every id, in menu order. */
    public static List<String> ids() {
        return List.copyOf(KINDS.keySet());
    }

    private static Map<String, OptimizerKind> index(List<OptimizerKind> kinds) {
        Map<String, OptimizerKind> map = new LinkedHashMap<>();
        for (OptimizerKind k : kinds) {
            map.put(k.id(), k);
        }
        return map;
    }
}
