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
import java.util.function.UnaryOperator;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.shared.Registration;
import org.optimizerplayground.engine.experiment.Decay;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.EpsMode;
import org.optimizerplayground.engine.optim.Optimizer;
import org.optimizerplayground.engine.optim.OptimizerKind;
import org.optimizerplayground.engine.optim.Optimizers;
import org.optimizerplayground.engine.optim.ParamSpec;

/**
 * The editor of one run: the optimizer, one field (and slider) per hyperparameter, the
 * learning-rate decay. It shows the run it is given ({@link #show}) and proposes each change as a
 * {@link RunEvents.RunEdited} event carrying an edit of the run, which the run list applies to the page's
 * current state: an editor never builds a run from a copy of its own. A value the engine refuses
 * marks its field with the engine's message ({@link #refused}) and changes nothing.
 */
final class RunEditor extends Div {
    private final int index;

    int index() {
        return index;
    }
    private final Select<OptimizerKind> optimizer = new Select<>();
    private final Div params = new Div();
    private final Checkbox decayOn = new Checkbox();
    private final NumberField decayRate = new NumberField();
    private final IntegerField decaySteps = new IntegerField();
    private final Checkbox staircase = new Checkbox();
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private RunSpec run;
    static final double DEFAULT_DECAY = 0.7;

    RunEditor(int index, RunSpec run) {
        this.index = index;
        this.run = run;
        addClassName("run-editor");
        setId("run-editor-" + (index + 1));

        Span swatch = new Span();
        swatch.addClassName("swatch");
        swatch.getStyle().set("background", Palette.run(index));
        Span title = new Span(getTranslation("run.title", index + 1));
        title.addClassName("run-title");
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> fireEvent(new RunEvents.RunRemoved(this)));
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
                OptimizerKind kind = e.getValue();
                propose(optimizer, r -> {
                    if (r.optimizer().kind().equals(kind)) {
                        return r;
                    }
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("lr", r.optimizer().lr());
                    return new RunSpec(kind.create(values), r.decay());
                });
            }
        });

        decayOn.setLabel(getTranslation("run.decay"));
        decayOn.setId("decay-" + (index + 1));
        decayRate.setId("decay-rate-" + (index + 1));
        decaySteps.setId("decay-steps-" + (index + 1));
        staircase.setId("staircase-" + (index + 1));
        decayRate.setLabel(getTranslation("run.decay.rate"));
        decayRate.setStep(0.01);
        decaySteps.setLabel(getTranslation("run.decay.steps"));
        staircase.setLabel(getTranslation("run.decay.staircase"));
        decayOn.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                decayToggled();
            }
        });
        decayRate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Double rate = e.getValue();
                decayEdited(decayRate, d -> new Decay(rate == null ? Double.NaN : rate, d.steps(), d.staircase()));
            }
        });
        decaySteps.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Integer n = e.getValue();
                decayEdited(decaySteps, d -> new Decay(d.rate(), n == null ? 0 : n, d.staircase()));
            }
        });
        staircase.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                boolean on = e.getValue();
                decayEdited(staircase, d -> new Decay(d.rate(), d.steps(), on));
            }
        });
        Div schedule = new Div(decayOn, decayRate, decaySteps, staircase);
        schedule.addClassName("schedule");

        add(head, optimizer, params, schedule);
        buildParams();
        showSchedule();
    }

    RunSpec run() {
        return run;
    }

    Registration addRunEditedListener(ComponentEventListener<RunEvents.RunEdited> listener) {
        return addListener(RunEvents.RunEdited.class, listener);
    }

    Registration addRunRemovedListener(ComponentEventListener<RunEvents.RunRemoved> listener) {
        return addListener(RunEvents.RunRemoved.class, listener);
    }

    /** Shows {@code newRun} without reporting a change (the state changed). */
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
        LogSlider.Range range = LogSlider.Range.of(p.name());
        LogSlider slider = new LogSlider(label, range.lo(), range.hi(), range.log(), v -> paramChanged(p.name(), v, number));
        slider.setId(id + "-slider");
        number.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (e.getValue() == null) {
                    number.setInvalid(true);
                    number.setErrorMessage(getTranslation("error.number"));
                    return;
                }
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
                Validity.clear(number);
                ((LogSlider) box.getComponentAt(1)).show((Double) v);
            }
        }
    }

    private void paramChanged(String name, Object value, Component field) {
        propose(field, r -> {
            Map<String, Object> values = new LinkedHashMap<>(r.optimizer().parameters());
            values.put(name, value);
            Optimizer<?> next = r.optimizer().kind().create(values);
            return new RunSpec(next, r.decay());
        });
    }

    private void decayToggled() {
        showDecayFields(decayOn.getValue());
        boolean on = decayOn.getValue();
        propose(decayOn, r -> new RunSpec(r.optimizer(), on ? r.decay() != null ? r.decay()
                : new Decay(DEFAULT_DECAY, Decay.DEFAULT_STEPS, true) : null));
    }

    private void decayEdited(Component field, UnaryOperator<Decay> edit) {
        propose(field, r -> r.decay() == null ? r : new RunSpec(r.optimizer(), edit.apply(r.decay())));
    }

    private void showSchedule() {
        Decay d = run.decay();
        decayOn.setValue(d != null);
        decayRate.setValue(d == null ? DEFAULT_DECAY : d.rate());
        Validity.clear(decayRate);
        Validity.clear(decaySteps);
        decaySteps.setValue(d == null ? (int) Decay.DEFAULT_STEPS : (int) Math.min(Integer.MAX_VALUE, d.steps()));
        staircase.setValue(d == null || d.staircase());
        showDecayFields(d != null);
    }

    /** The decay's fields take room only while the decay is on. */
    private void showDecayFields(boolean on) {
        decayRate.setVisible(on);
        decaySteps.setVisible(on);
        staircase.setVisible(on);
    }

    private void propose(Component field, UnaryOperator<RunSpec> edit) {
        fireEvent(new RunEvents.RunEdited(this, field.getId().orElse(""), edit));
    }

    /** The engine refused the value of field {@code id}: it says why there, and nothing changed. */
    void refused(String id, String message) {
        findField(id).ifPresent(f -> {
            f.setInvalid(true);
            f.setErrorMessage(message);
        });
    }

    /** The value of field {@code id} was taken. */
    void accepted(String id) {
        findField(id).ifPresent(Validity::clear);
    }

    private java.util.Optional<HasValidation> findField(String id) {
        return java.util.stream.Stream.<Component>concat(java.util.stream.Stream.<Component>of(optimizer, decayRate,
                        decaySteps), fields.values().stream().map(c -> c instanceof Div box ? box.getComponentAt(0) : c))
                .filter(c -> c.getId().filter(id::equals).isPresent() && c instanceof HasValidation)
                .map(c -> (HasValidation) c).findFirst();
    }
}
