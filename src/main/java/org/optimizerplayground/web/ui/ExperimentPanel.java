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
 * Each field edits its own part of the page's state at once (a field marked invalid elsewhere
 * blocks nothing); an invalid value marks its field and changes nothing. Shows every change of
 * the state.
 */
final class ExperimentPanel extends Div {
    /** What a newly chosen custom surface starts with. */
    static final String FIRST_EXPRESSION = "sin(x)*cos(y) + 0.1*(x^2 + y^2)";

    private final PlaygroundState state;
    private final Select<String> surface = new Select<>();
    private final KatexFormula formula = new KatexFormula();
    private final TextField expression = new TextField();
    private final NumberField startX = new NumberField();
    private final NumberField startY = new NumberField();
    private final IntegerField steps = new IntegerField();
    private final NumberField noise = new NumberField();
    private final TextField seed = new TextField();

    ExperimentPanel(PlaygroundState state, Hideables hideables) {
        this.state = state;
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
        for (int i = 0; i < 2; i++) {
            int coordinate = i;
            NumberField field = i == 0 ? startX : startY;
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    startTyped(field, coordinate, e.getValue());
                }
            });
        }
        steps.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Integer n = e.getValue();
                if (n == null || n < 1 || n > Experiment.MAX_STEPS) {
                    steps.setInvalid(true);
                    steps.setErrorMessage(getTranslation("error.steps", Experiment.MAX_STEPS));
                } else {
                    apply(steps, x -> x.withSteps(n));
                }
            }
        });
        noise.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Double sigma = e.getValue();
                if (sigma == null) {
                    noise.setInvalid(true);
                    noise.setErrorMessage(getTranslation("error.number"));
                } else {
                    apply(noise, x -> x.withNoise(sigma));
                }
            }
        });
        seed.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    long s = Numbers.parseLong("seed", e.getValue().strip());
                    apply(seed, x -> x.withSeed(s));
                } catch (IllegalArgumentException refused) {
                    seed.setInvalid(true);
                    seed.setErrorMessage(Messages.of(this, refused.getMessage()));
                }
            }
        });
        Div start = new Div(startX, startY);
        start.addClassName("pair");
        Div more = new Div(steps, noise, seed);
        more.addClassName("triple");
        add(new H3(getTranslation("panel.experiment")), surface, formula, expression, start, more);
        hideables.register("surface", surface);
        hideables.register("surface-editor", this);
        state.addChangeListener(c -> {
            if (c.experimentChanged()) {
                show(c.experiment());
            }
        });
    }

    /** Applies {@code edit} to the page's state; a refusal of the engine marks {@code field}. */
    private void apply(com.vaadin.flow.component.HasValidation field, java.util.function.UnaryOperator<Experiment> edit) {
        try {
            state.edit(edit);
            Validity.clear(field);
        } catch (IllegalArgumentException refused) {
            field.setInvalid(true);
            field.setErrorMessage(Messages.of(this, refused.getMessage()));
        }
    }

    private void startTyped(NumberField field, int coordinate, Double v) {
        if (v == null) {
            field.setInvalid(true);
            field.setErrorMessage(getTranslation("error.number"));
            return;
        }
        if (!(Math.abs(v) <= Experiment.MAX_COORDINATE)) {
            field.setInvalid(true);
            field.setErrorMessage(Messages.of(this, "start values must be within ±1e6, got " + Numbers.format(v)));
            return;
        }
        apply(field, x -> {
            double[] start = x.start();
            if (coordinate >= start.length) {
                return x;
            }
            start[coordinate] = v;
            return x.withStart(start);
        });
    }

    /** Shows {@code e} without reporting a change. */
    private void show(Experiment e) {
        Surface s = e.surface();
        surface.setValue(s.id());
        formula.setTex(s.latex());
        boolean custom = s instanceof CustomSurface;
        expression.setVisible(custom);
        if (custom) {
            expression.setValue(((CustomSurface) s).expression().text());
            Validity.clear(expression);
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
            Validity.clear(f);
        }
        Validity.clear(steps);
        Validity.clear(seed);
    }

    private void surfaceChosen(String id) {
        Surface s = id.equals(Surfaces.CUSTOM) ? new CustomSurface(Expression.parse(FIRST_EXPRESSION))
                : Surfaces.byId(id).orElseThrow();
        // Runs the user chose stay; the previous surface's default race becomes the new one's.
        state.edit(x -> {
            if (x.surface().id().equals(id)) {
                return x;
            }
            boolean defaultRace = x.runs().equals(Experiment.defaultRace(x.surface()));
            return new Experiment(s, s.defaultStart(), x.steps(), defaultRace ? Experiment.defaultRace(s) : x.runs(),
                    x.noise(), x.seed(), s.view());
        });
    }

    private void expressionTyped(String text) {
        try {
            Surface s = new CustomSurface(Expression.parse(text));
            Validity.clear(expression);
            state.edit(x -> {
                boolean same = s.dimension() == x.dimension();
                return new Experiment(s, same ? x.start() : s.defaultStart(), x.steps(), x.runs(), x.noise(),
                        x.seed(), same ? x.view() : s.view());
            });
        } catch (ExpressionException e) {
            expression.setInvalid(true);
            expression.setErrorMessage(Messages.of(this, e.getMessage()));
        }
    }
}
