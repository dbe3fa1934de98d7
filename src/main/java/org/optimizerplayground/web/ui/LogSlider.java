package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.DoubleConsumer;

/**
 * A native range input for one hyperparameter, linear or logarithmic (learning rates and ε
 * span several orders of magnitude, so their sliders move along log10). The slider only
 * proposes values; the field next to it stays the source of truth.
 */
final class LogSlider extends Input {
    private static final int POSITIONS = 1000;
    private final double lo;
    private final double hi;
    private final boolean log;

    /**
     * @param lo smallest value on the slider (for a log slider, > 0)
     * @param hi largest value on the slider
     */
    LogSlider(String ariaLabel, double lo, double hi, boolean log, DoubleConsumer onMove) {
        this.lo = log ? Math.log10(lo) : lo;
        this.hi = log ? Math.log10(hi) : hi;
        this.log = log;
        setType("range");
        getElement().setAttribute("min", "0");
        getElement().setAttribute("max", String.valueOf(POSITIONS));
        getElement().setAttribute("step", "1");
        getElement().setAttribute("aria-label", ariaLabel);
        addClassName("param-slider");
        // While the thumb moves, at most one value every 60 ms reaches the server.
        setValueChangeMode(ValueChangeMode.TIMEOUT);
        setValueChangeTimeout(60);
        addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isEmpty()) {
                onMove.accept(valueAt(Integer.parseInt(e.getValue())));
            }
        });
    }

    /** Moves the thumb to {@code value} (clamped to the slider's range). */
    void show(double value) {
        double x = log ? Math.log10(Math.max(value, Double.MIN_NORMAL)) : value;
        int position = (int) Math.round((x - lo) / (hi - lo) * POSITIONS);
        setValue(String.valueOf(Math.max(0, Math.min(POSITIONS, position))));
        // A screen reader says the value, not a position from 0 to 1000.
        getElement().setAttribute("aria-valuetext", org.optimizerplayground.engine.util.Numbers.format(value));
    }

    /** The value at a thumb position, rounded to 3 significant digits so links stay short. */
    double valueAt(int position) {
        double x = lo + (hi - lo) * position / POSITIONS;
        double v = log ? Math.pow(10, x) : x;
        return ThreeDigits.round(v);
    }

    /** Where each hyperparameter's slider runs (its field accepts the whole SPEC range). */
    record Range(double lo, double hi, boolean log) {
        static Range of(String name) {
            return switch (name) {
                case "lr" -> new Range(1e-5, 10, true);
                case "eps" -> new Range(1e-12, 1, true);
                case "weight_decay", "momentum_decay", "initial_accumulator" -> new Range(0, 1, false);
                default -> new Range(0, 0.999, false);
            };
        }
    }
}
