package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's messages (English, as the API says them) in the page's language: "noise must be
 * in [0, 1000000], got -1" reads "noise debe estar en [0, 1000000]; se recibió -1" on the Spanish
 * page, and "unknown function 'foo' at character 1" reads "función desconocida 'foo' en el carácter
 * 1". The engine's shapes of message are matched here, in one place; a message of another shape
 * is shown as the engine wrote it.
 */
public final class Messages {
    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("(.+) must be in (.+), got (.+)", Pattern.DOTALL), "error.range"),
            new Shape(Pattern.compile("start values must be within (.+), got (.+)", Pattern.DOTALL), "error.start"),
            new Shape(Pattern.compile("(.+) must be a whole number, got (.+)", Pattern.DOTALL), "error.whole"),
            new Shape(Pattern.compile("(.+) must be a number, got (.+)", Pattern.DOTALL), "error.not-number"),
            new Shape(Pattern.compile("(.+) is empty: expected a (?:whole )?number", Pattern.DOTALL), "error.empty"),
            // The custom expression's parser (engine/surface/expr), most specific shapes first.
            expression("unknown function (.+) at character (\\d+)", "unknown-function"),
            expression("unknown name (.+) at character (\\d+)", "unknown-name"),
            expression("unexpected character (.+) at character (\\d+)", "unexpected-character"),
            expression("(.+) at character (\\d+) is not a function", "not-a-function"),
            expression("function (.+) at character (\\d+) needs its argument in parentheses", "parentheses"),
            expression("expected an operator at character (\\d+)", "operator"),
            expression("unexpected end of expression: '\\(' at character (\\d+) is never closed", "never-closed"),
            expression("unexpected end of expression", "end"),
            expression("unexpected (.+) at character (\\d+)", "unexpected"),
            expression("empty expression", "empty"),
            expression("expression mixes w with x/y", "mixes"));

    private static Shape expression(String regex, String key) {
        return new Shape(Pattern.compile(regex, Pattern.DOTALL), "error.expr." + key);
    }

    private Messages() {
    }

    public static String of(Component i18n, String engineMessage) {
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(engineMessage);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return i18n.getTranslation(shape.key(), args);
            }
        }
        return engineMessage;
    }
}
