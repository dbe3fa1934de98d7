package org.optimizerplayground.engine.optim;

import java.util.Map;

/** Resolved parameter values handed to an optimizer factory: every key of the kind is present. */
public record Params(Map<String, Object> values) {
    public double number(String name) {
        return (Double) values.get(name);
    }

    public boolean flag(String name) {
        return (Boolean) values.get(name);
    }

    public EpsMode epsMode() {
        return (EpsMode) values.get("eps_mode");
    }
}
