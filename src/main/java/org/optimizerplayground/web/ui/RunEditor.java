package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.optimizerplayground.engine.experiment.Decay;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.Optimizer;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.optim.ParamSpec;

/**
 * The editor of one run: the optimizer, one field (and slider) per hyperparameter, the
 * learning-rate decay. Every valid change is reported at once through {@code onChange}; an
 * invalid value marks its field with the engine's message and changes nothing.
 */
final class RunEditor extends Div {
    private final int index;
    private final Consumer<RunSpec> onChange;
    private final Select<OptimizerKind> optimizer = new Select<>();
    private final Div params = new Div();
    private final Checkbox decayOn = new Checkbox();
    private final NumberField decayRate = new NumberField();
    private final IntegerField decaySteps = new IntegerField();
    private final Checkbox staircase = new Checkbox();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private RunSpec run;

    RunEditor(int index, RunSpec run, Consumer<RunSpec> onChange, Runnable onRemove) {
        this.index = index;
        this.onChange = onChange;
        this.run = run;
        addClassName("run-editor");
        setId("run-editor-" + (index + 1));

        Span swatch = new Span();
        swatch.addClassName("swatch");
        swatch.getStyle().set("background", Palette.run(index));
        Span title = new Span(getTranslation("run.title", index + 1));
        title.addClassName("run-title");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("run.remove", index + 1));
        remove.setId("remove-run-" + (index + 1));
        HorizontalLayout head = new HorizontalLayout(swatch, title, remove);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.addClassName("run-head");

        optimizer.setLabel(getTranslation("run.optimizer"));
        optimizer.setItems(Optimizers.all());
        optimizer.setItemLabelGenerator(k -> getTranslation("optimizer." + k.id()));
        optimizer.setId("optimizer-" + (index + 1));
        optimizer.setValue(run.optimizer().kind());
        optimizer.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                // A new optimizer starts from its defaults, keeping the learning rate.
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("lr", this.run.optimizer().lr());
                publish(new RunSpec(e.getValue().create(values), this.run.decay()));
                buildParams();
            }
        });

        decayOn.setLabel(getTranslation("run.decay"));
        decayRate.setLabel(getTranslation("run.decay.rate"));
        decayRate.setStep(0.01);
        decaySteps.setLabel(getTranslation("run.decay.steps"));
        staircase.setLabel(getTranslation("run.decay.staircase"));
        decayOn.addValueChangeListener(e -> scheduleChanged(e.isFromClient()));
        decayRate.addValueChangeListener(e -> scheduleChanged(e.isFromClient()));
        decaySteps.addValueChangeListener(e -> scheduleChanged(e.isFromClient()));
        staircase.addValueChangeListener(e -> scheduleChanged(e.isFromClient()));
        Div schedule = new Div(decayOn, decayRate, decaySteps, staircase);
        schedule.addClassName("schedule");

        add(head, optimizer, params, schedule);
        buildParams();
        showSchedule();
    }

    /** The run as edited. */
    RunSpec run() {
        return run;
    }

    /** Shows {@code newRun} without reporting a change (the link or a slider elsewhere set it). */
    void show(RunSpec newRun) {
        boolean sameKind = newRun.optimizer().kind().equals(run.optimizer().kind());
        run = newRun;
        optimizer.setValue(newRun.optimizer().kind());
        if (sameKind) {
            fill();
        } else {
            buildParams();
        }
        showSchedule();
    }

    private void buildParams() {
        params.removeAll();
        fields.clear();
        OptimizerKind kind = run.optimizer().kind();
        for (ParamSpec p : kind.params()) {
            Component field = field(p);
            fields.put(p.name(), field);
            params.add(field);
        }
        fill();
    }

    private Component field(ParamSpec p) {
        String label = getTranslation("param." + p.name());
        String id = "param-" + (index + 1) + "-" + p.name();
        if (p.defaultValue() instanceof Boolean) {
            Checkbox box = new Checkbox(label);
            box.setId(id);
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    paramChanged(p.name(), e.getValue(), box);
                }
            });
            return box;
        }
        if (p.defaultValue() instanceof EpsMode) {
            Select<EpsMode> select = new Select<>();
            select.setLabel(label);
            select.setId(id);
            select.setItems(p.choices().stream().map(EpsMode::byKey).toList());
            select.setItemLabelGenerator(m -> getTranslation("eps_mode." + m.key()));
            select.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    paramChanged(p.name(), e.getValue(), select);
                }
            });
            return select;
        }
        NumberField number = new NumberField(label);
        number.setId(id);
        number.addClassName("param-field");
        SliderRange range = SliderRange.of(p.name());
        LogSlider slider = new LogSlider(label, range.lo(), range.hi(), range.log(), v -> {
            number.setValue(v);
            paramChanged(p.name(), v, number);
        });
        slider.setId(id + "-slider");
        number.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    number.setInvalid(true);
                    number.setErrorMessage(getTranslation("error.number"));
                    return;
                }
                slider.show(e.getValue());
                paramChanged(p.name(), e.getValue(), number);
            }
        });
        Div box = new Div(number, slider);
        box.addClassName("param");
        return box;
    }

    /** Puts the run's values into the fields. */
    @SuppressWarnings("unchecked")
    private void fill() {
        Map<String, Object> values = run.optimizer().parameters();
        for (Map.Entry<String, Component> e : fields.entrySet()) {
            Object v = values.get(e.getKey());
            Component c = e.getValue();
            if (c instanceof Checkbox box) {
                box.setValue((Boolean) v);
            } else if (c instanceof Select<?> select) {
                ((Select<EpsMode>) select).setValue((EpsMode) v);
            } else if (c instanceof Div box) {
                NumberField number = (NumberField) box.getComponentAt(0);
                number.setValue((Double) v);
                number.setInvalid(false);
                ((LogSlider) box.getComponentAt(1)).show((Double) v);
            }
        }
    }

    private void paramChanged(String name, Object value, Component field) {
        Map<String, Object> values = new LinkedHashMap<>(run.optimizer().parameters());
        values.put(name, value);
        try {
            Optimizer<?> next = run.optimizer().kind().create(values);
            markValid(field);
            publish(new RunSpec(next, run.decay()));
        } catch (IllegalArgumentException e) {
            markInvalid(field, e.getMessage());
        }
    }

    private void scheduleChanged(boolean fromClient) {
        if (!fromClient) {
            return;
        }
        showDecayFields(decayOn.getValue());
        if (!decayOn.getValue()) {
            publish(new RunSpec(run.optimizer(), null));
            return;
        }
        try {
            Double rate = decayRate.getValue();
            Integer steps = decaySteps.getValue();
            Decay decay = new Decay(rate == null ? Double.NaN : rate, steps == null ? 0 : steps, staircase.getValue());
            decayRate.setInvalid(false);
            decaySteps.setInvalid(false);
            publish(new RunSpec(run.optimizer(), decay));
        } catch (IllegalArgumentException e) {
            NumberField f = e.getMessage().startsWith("decay_steps") ? null : decayRate;
            if (f != null) {
                decayRate.setInvalid(true);
                decayRate.setErrorMessage(e.getMessage());
            } else {
                decaySteps.setInvalid(true);
                decaySteps.setErrorMessage(e.getMessage());
            }
        }
    }

    private void showSchedule() {
        Decay d = run.decay();
        decayOn.setValue(d != null);
        decayRate.setValue(d == null ? 0.7 : d.rate());
        decaySteps.setValue(d == null ? (int) Decay.DEFAULT_STEPS : (int) Math.min(Integer.MAX_VALUE, d.steps()));
        staircase.setValue(d == null || d.staircase());
        showDecayFields(d != null);
    }

    /** The decay's own fields only take room while the decay is on. */
    private void showDecayFields(boolean on) {
        decayRate.setVisible(on);
        decaySteps.setVisible(on);
        staircase.setVisible(on);
    }

    private void publish(RunSpec next) {
        run = next;
        onChange.accept(next);
    }

    private static void markInvalid(Component field, String message) {
        Component target = field instanceof Div box ? box.getComponentAt(0) : field;
        if (target instanceof NumberField n) {
            n.setInvalid(true);
            n.setErrorMessage(message);
        }
    }

    private static void markValid(Component field) {
        Component target = field instanceof Div box ? box.getComponentAt(0) : field;
        if (target instanceof NumberField n) {
            n.setInvalid(false);
        }
    }

    /** Where each hyperparameter's slider runs (its field accepts the whole SPEC range). */
    record SliderRange(double lo, double hi, boolean log) {
        static SliderRange of(String name) {
            return switch (name) {
                case "lr" -> new SliderRange(1e-5, 10, true);
                case "eps" -> new SliderRange(1e-12, 1, true);
                case "weight_decay", "momentum_decay", "initial_accumulator" -> new SliderRange(0, 1, false);
                default -> new SliderRange(0, 0.999, false);
            };
        }
    }
}
