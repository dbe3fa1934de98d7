package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.surface.Surface;
import org.optimizerplayground.engine.surface.Surfaces;
import org.optimizerplayground.engine.surface.expr.Expression;
import org.optimizerplayground.engine.surface.expr.ExpressionException;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.ui.chart.KatexFormula;

/**
 * The experiment's own settings: the surface (with its formula), the typed expression of a
 * custom surface, the start point θ₀, the number of updates, the gradient noise and its seed.
 * Valid edits are reported at once as a new {@link Experiment}; invalid ones mark their field.
 */
final class ExperimentPanel extends Div {
    /** What a newly chosen custom surface starts with. */
    static final String FIRST_EXPRESSION = "sin(x)*cos(y) + 0.1*(x^2 + y^2)";

    private final Consumer<Experiment> onChange;
    private final Select<String> surface = new Select<>();
    private final KatexFormula formula = new KatexFormula();
    private final TextField expression = new TextField();
    private final NumberField startX = new NumberField();
    private final NumberField startY = new NumberField();
    private final IntegerField steps = new IntegerField();
    private final NumberField noise = new NumberField();
    private final TextField seed = new TextField();
    private Experiment experiment;

    ExperimentPanel(Experiment experiment, Consumer<Experiment> onChange) {
        this.experiment = experiment;
        this.onChange = onChange;
        setId("surface-editor");
        addClassName("experiment-panel");

        surface.setLabel(getTranslation("surface.label"));
        surface.setId("surface");
        surface.setItems(Surfaces.ids());
        surface.setItemLabelGenerator(id -> getTranslation("surface." + id));
        surface.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                surfaceChosen(e.getValue());
            }
        });
        formula.setId("surface-formula");
        formula.addClassName("formula");

        expression.setLabel(getTranslation("surface.expression"));
        expression.setId("expression");
        expression.setHelperText(getTranslation("surface.expression.help"));
        expression.setValueChangeMode(ValueChangeMode.LAZY);
        expression.setMaxLength(Expression.MAX_LENGTH);
        expression.setWidthFull();
        expression.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                expressionTyped(e.getValue());
            }
        });

        startX.setId("start-x");
        startY.setId("start-y");
        startY.setLabel("y₀");
        steps.setLabel(getTranslation("steps.label"));
        steps.setId("steps");
        steps.setMin(1);
        steps.setMax(Experiment.MAX_STEPS);
        noise.setLabel(getTranslation("noise.label"));
        noise.setId("noise");
        noise.setMin(0);
        noise.setStep(0.1);
        seed.setLabel(getTranslation("seed.label"));
        seed.setId("seed");
        for (var field : List.of(startX, startY, noise)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    numbersChanged();
                }
            });
        }
        steps.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                numbersChanged();
            }
        });
        seed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                numbersChanged();
            }
        });
        Div start = new Div(startX, startY);
        start.addClassName("pair");
        Div more = new Div(steps, noise, seed);
        more.addClassName("triple");
        add(new H3(getTranslation("panel.experiment")), surface, formula, expression, start, more);
        show(experiment);
    }

    /** The surface picker (a link may hide it alone). */
    Component surfacePicker() {
        return surface;
    }

    /** Shows {@code e} without reporting a change. */
    void show(Experiment e) {
        experiment = e;
        Surface s = e.surface();
        surface.setValue(s.id());
        formula.setTex(s.latex());
        boolean custom = s instanceof CustomSurface;
        expression.setVisible(custom);
        if (custom) {
            expression.setValue(((CustomSurface) s).expression().text());
            expression.setInvalid(false);
        }
        double[] start = e.start();
        startX.setLabel(s.dimension() == 1 ? "w₀" : "x₀");
        startX.setValue(start[0]);
        startY.setVisible(s.dimension() == 2);
        if (s.dimension() == 2) {
            startY.setValue(start[1]);
        }
        steps.setValue(e.steps());
        noise.setValue(e.noise());
        seed.setValue(Long.toString(e.seed()));
        for (var f : List.of(startX, startY, noise)) {
            f.setInvalid(false);
        }
        steps.setInvalid(false);
        seed.setInvalid(false);
    }

    private void surfaceChosen(String id) {
        Surface s = id.equals(Surfaces.CUSTOM) ? new CustomSurface(Expression.parse(FIRST_EXPRESSION))
                : Surfaces.byId(id).orElseThrow();
        // Runs the user chose stay; the previous surface's default race becomes the new one's.
        boolean defaultRace = experiment.runs().equals(Experiment.defaultRace(experiment.surface()));
        Experiment next = new Experiment(s, s.defaultStart(), experiment.steps(),
                defaultRace ? Experiment.defaultRace(s) : experiment.runs(), experiment.noise(), experiment.seed(),
                s.view());
        show(next);
        onChange.accept(next);
    }

    private void expressionTyped(String text) {
        try {
            Surface s = new CustomSurface(Expression.parse(text));
            double[] start = s.dimension() == experiment.dimension() ? experiment.start() : s.defaultStart();
            double[] view = s.dimension() == experiment.dimension() ? experiment.view() : s.view();
            Experiment next = new Experiment(s, start, experiment.steps(), experiment.runs(), experiment.noise(),
                    experiment.seed(), view);
            expression.setInvalid(false);
            experiment = next;
            formula.setTex(s.latex());
            show(next);
            onChange.accept(next);
        } catch (ExpressionException e) {
            expression.setInvalid(true);
            expression.setErrorMessage(e.getMessage());
        }
    }

    private void numbersChanged() {
        try {
            double[] start = experiment.dimension() == 1 ? new double[] {need(startX, "start")}
                    : new double[] {need(startX, "start"), need(startY, "start")};
            for (double v : start) {
                if (!(Math.abs(v) <= Experiment.MAX_COORDINATE)) {
                    throw new IllegalArgumentException("start values must be within ±1e6, got " + Numbers.format(v));
                }
            }
            Integer n = steps.getValue();
            if (n == null || n < 1 || n > Experiment.MAX_STEPS) {
                steps.setInvalid(true);
                steps.setErrorMessage(getTranslation("error.steps", Experiment.MAX_STEPS));
                return;
            }
            double sigma = need(noise, "noise");
            if (!(sigma >= 0 && sigma <= Experiment.MAX_NOISE)) {
                noise.setInvalid(true);
                noise.setErrorMessage("noise must be in [0, 1000000], got " + Numbers.format(sigma));
                return;
            }
            long s;
            try {
                s = Numbers.parseLong("seed", seed.getValue().strip());
            } catch (IllegalArgumentException e) {
                seed.setInvalid(true);
                seed.setErrorMessage(e.getMessage());
                return;
            }
            Experiment next = new Experiment(experiment.surface(), start, n, experiment.runs(), sigma, s,
                    experiment.view());
            show(next);
            onChange.accept(next);
        } catch (IllegalArgumentException e) {
            startX.setInvalid(true);
            startX.setErrorMessage(e.getMessage());
        }
    }

    private double need(NumberField field, String name) {
        Double v = field.getValue();
        if (v == null) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("error.number"));
            throw new IllegalArgumentException(name + " is empty: expected a number");
        }
        return v;
    }
}
