package org.optimizerplayground.engine.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optimizerplayground.engine.optim.Optimizer;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.optim.ParamSpec;
import org.optimizerplayground.engine.schedule.Schedule;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;

/**
 * One run of an experiment: an optimizer configuration and, optionally, a learning-rate decay.
 * Written in links as {@code adam(lr=0.05,beta1=0.8,decay=0.7,decay_steps=100)}; the canonical
 * form lists only values that differ from the defaults.
 */
public record RunSpec(Optimizer<?> optimizer, Decay decay) {
    /** Longest run text accepted. */
    public static final int MAX_LENGTH = 500;
    private static final List<String> SCHEDULE_KEYS = List.of("decay", "decay_steps", "staircase");

    public RunSpec {
        Objects.requireNonNull(optimizer, "optimizer");
    }

    /** A run with a constant learning rate. */
    public static RunSpec of(Optimizer<?> optimizer) {
        return new RunSpec(optimizer, null);
    }

    /** The optimizer's id ({@code adam}). */
    public String optimizerId() {
        return optimizer.kind().id();
    }

    /** α_k as a function of the updates already applied. */
    public Schedule schedule() {
        return decay == null ? Schedule.constant(optimizer.lr()) : decay.schedule(optimizer.lr());
    }

    /** Every parameter with its resolved value, then the decay's when there is one. */
    public Map<String, Object> parameters() {
        Map<String, Object> map = new LinkedHashMap<>(optimizer.parameters());
        if (decay != null) {
            map.put("decay", decay.rate());
            map.put("decay_steps", decay.steps());
            map.put("staircase", decay.staircase());
        }
        return map;
    }

    /**
     * Reads {@code name(key=value,…)}. Spaces around names, keys and values are ignored.
     *
     * @throws IllegalArgumentException with a plain-words message naming what is wrong
     */
    public static RunSpec parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a run is longer than " + MAX_LENGTH + " characters");
        }
        String s = text.strip();
        int open = s.indexOf('(');
        String name = (open < 0 ? s : s.substring(0, open)).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a run needs an optimizer name, such as adam(lr=0.01)");
        }
        OptimizerKind kind = Optimizers.byId(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown optimizer '" + Text.quote(name) + "' (choose one of "
                        + String.join(", ", Optimizers.ids()) + ")"));
        Map<String, String> values = new LinkedHashMap<>();
        if (open >= 0) {
            if (!s.endsWith(")")) {
                throw new IllegalArgumentException(name + "(…) is missing its closing ')'");
            }
            String inner = s.substring(open + 1, s.length() - 1);
            if (inner.indexOf('(') >= 0 || inner.indexOf(')') >= 0) {
                throw new IllegalArgumentException(name + "(…) has unbalanced parentheses");
            }
            if (!inner.isBlank()) {
                for (String part : inner.split(",", -1)) {
                    int eq = part.indexOf('=');
                    if (eq < 0) {
                        throw new IllegalArgumentException(name + ": '" + Text.quote(part.strip())
                                + "' should be key=value");
                    }
                    String key = part.substring(0, eq).strip();
                    String value = part.substring(eq + 1).strip();
                    if (values.put(key, value) != null) {
                        throw new IllegalArgumentException(name + ": " + Text.quote(key) + " is given twice");
                    }
                }
            }
        }
        return build(kind, values);
    }

    private static RunSpec build(OptimizerKind kind, Map<String, String> values) {
        Map<String, String> optimizerValues = new LinkedHashMap<>(values);
        String rate = optimizerValues.remove("decay");
        String steps = optimizerValues.remove("decay_steps");
        String staircase = optimizerValues.remove("staircase");
        Optimizer<?> optimizer;
        try {
            optimizer = kind.read(optimizerValues);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind.id() + ": " + e.getMessage());
        }
        if (rate == null) {
            if (steps != null || staircase != null) {
                throw new IllegalArgumentException(kind.id() + ": "
                        + (steps != null ? "decay_steps" : "staircase") + " needs decay (the decay rate r)");
            }
            return new RunSpec(optimizer, null);
        }
        try {
            double r = Numbers.parseDouble("decay", rate);
            long n = steps == null ? Decay.DEFAULT_STEPS : Numbers.parseWhole("decay_steps", steps, 1,
                    org.optimizerplayground.engine.schedule.ExponentialDecay.MAX_DECAY_STEPS);
            boolean stair = staircase == null || readFlag(staircase);
            return new RunSpec(optimizer, new Decay(r, n, stair));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind.id() + ": " + e.getMessage());
        }
    }

    private static boolean readFlag(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("staircase must be one of true, false, got '" + Text.quote(text) + "'");
        }
        return text.equals("true");
    }

    /** The canonical text: {@code adam}, or {@code adam(lr=0.05,decay=0.7)} with non-defaults only. */
    public String format() {
        List<String> parts = new ArrayList<>();
        OptimizerKind kind = optimizer.kind();
        for (Map.Entry<String, Object> e : optimizer.parameters().entrySet()) {
            ParamSpec p = kind.param(e.getKey());
            if (!p.defaultValue().equals(e.getValue())) {
                parts.add(e.getKey() + "=" + ParamSpec.write(e.getValue()));
            }
        }
        if (decay != null) {
            parts.add("decay=" + Numbers.format(decay.rate()));
            if (decay.steps() != Decay.DEFAULT_STEPS) {
                parts.add("decay_steps=" + decay.steps());
            }
            if (!decay.staircase()) {
                parts.add("staircase=false");
            }
        }
        return parts.isEmpty() ? kind.id() : kind.id() + "(" + String.join(",", parts) + ")";
    }

    /** The keys a run may carry besides its optimizer's. */
    public static List<String> scheduleKeys() {
        return SCHEDULE_KEYS;
    }

    @Override
    public String toString() {
        return format();
    }
}
