package org.optimizerplayground.engine.optim;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;

/**
 * One hyperparameter as links write it: its key, its default, and how its text is read.
 * Ranges are not checked here but in each optimizer's constructor, so that building an
 * optimizer in code and reading it from a link reject exactly the same values.
 */
public record ParamSpec(String name, Object defaultValue, List<String> choices) {
    public ParamSpec {
        choices = List.copyOf(choices);
    }

    /** A real-valued parameter. */
    public static ParamSpec number(String name, double defaultValue) {
        return new ParamSpec(name, defaultValue, List.of());
    }

    /** A {@code true}/{@code false} parameter. */
    public static ParamSpec flag(String name, boolean defaultValue) {
        return new ParamSpec(name, defaultValue, List.of("true", "false"));
    }

    /** {@code eps_mode} with the modes this optimizer allows, the first being the default. */
    public static ParamSpec epsMode(EpsMode... allowed) {
        return new ParamSpec("eps_mode", allowed[0],
                Arrays.stream(allowed).map(EpsMode::key).collect(Collectors.toList()));
    }

    /** Reads the text of a link into this parameter's type (Double, Boolean or EpsMode). */
    public Object read(String text) {
        if (defaultValue instanceof Double) {
            return Numbers.parseDouble(name, text);
        }
        if (!choices.contains(text)) {
            throw new IllegalArgumentException(name + " must be one of " + String.join(", ", choices)
                    + ", got '" + Text.quote(text) + "'");
        }
        if (defaultValue instanceof Boolean) {
            return Boolean.parseBoolean(text);
        }
        return EpsMode.byKey(text);
    }

    /** Writes a value of this parameter as a link does. */
    public static String write(Object value) {
        if (value instanceof Double d) {
            return Numbers.format(d);
        }
        if (value instanceof EpsMode m) {
            return m.key();
        }
        return String.valueOf(value);
    }
}
