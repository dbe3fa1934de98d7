package org.optimizerplayground.engine.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AdamW: decoupled weight decay, then the {@link Adam} update.
 * <pre>
 *   0. θ ← θ − α·λ·θ
 *   1–4. the Adam update with the same α
 * </pre>
 * As PyTorch's {@code AdamW}; the gradient is the one read at θ before the decay.
 */
public record AdamW(Adam adam, double weightDecay) implements Optimizer<Adam.State> {
    public static final OptimizerKind KIND = new OptimizerKind("adamw", "AdamW",
            List.of(ParamSpec.number("lr", 0.01), ParamSpec.number("beta1", 0.9), ParamSpec.number("beta2", 0.999),
                    ParamSpec.number("eps", 1e-7), ParamSpec.epsMode(EpsMode.INSIDE, EpsMode.OUTSIDE, EpsMode.HAT),
                    ParamSpec.flag("amsgrad", false), ParamSpec.number("weight_decay", 0.01)),
            p -> new AdamW(new Adam(p.number("lr"), p.number("beta1"), p.number("beta2"), p.number("eps"),
                    p.epsMode(), p.flag("amsgrad")), p.number("weight_decay")));

    public AdamW {
        Hyper.weightDecay(weightDecay);
    }

    @Override
    public OptimizerKind kind() {
        return KIND;
    }

    @Override
    public double lr() {
        return adam.lr();
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> map = new LinkedHashMap<>(adam.parameters());
        map.put("weight_decay", weightDecay);
        return java.util.Collections.unmodifiableMap(map);
    }

    @Override
    public String rule() {
        return "\\theta \\leftarrow \\theta - \\alpha\\lambda\\theta \\\\ " + adam.rule();
    }

    @Override
    public Adam.State init(int dimension) {
        return adam.init(dimension);
    }

    @Override
    public void update(Adam.State state, double[] theta, double[] g, double alpha, UpdateTerms terms) {
        double[] decay = terms == null ? null : new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            double d = alpha * weightDecay * theta[i];
            theta[i] -= d;
            if (decay != null) {
                decay[i] = d;
            }
        }
        if (terms != null) {
            terms.vector("decay", "\\alpha\\lambda\\theta", decay);
        }
        adam.update(state, theta, g, alpha, terms);
    }
}
