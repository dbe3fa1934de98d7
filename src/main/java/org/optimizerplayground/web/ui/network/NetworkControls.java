package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.network.DataSpec;
import org.optimizerplayground.engine.network.Feature;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.util.Numbers;

/**
 * The data set, the network and the training: one field per link key. Each field edits its key
 * of the {@link NetworkState} (checked as a link is: a refused value marks the field with the
 * link's message and changes nothing); a link opened sets every field.
 */
final class NetworkControls extends Div {
    private final NetworkState state;
    private final Select<String> data = select("net-data", getTranslation("net.data"), "circle", "xor", "gauss", "spiral");
    private final IntegerField n = new IntegerField(getTranslation("net.n"));
    private final NumberField noise = new NumberField(getTranslation("net.noise"));
    private final NumberField test = new NumberField(getTranslation("net.test"));
    private final TextField seed = new TextField(getTranslation("net.seed"));
    private final CheckboxGroup<String> features = new CheckboxGroup<>(getTranslation("net.features"));
    private final TextField layers = new TextField(getTranslation("net.layers"));
    private final Select<String> activation = select("net-activation", getTranslation("net.activation"), "tanh", "relu", "sigmoid",
            "linear");
    private final Select<String> loss = select("net-loss", getTranslation("net.loss"), "bce", "mse");
    private final NumberField l2 = new NumberField("L2 λ");
    private final IntegerField batch = new IntegerField(getTranslation("net.batch"));
    private final IntegerField steps = new IntegerField(getTranslation("net.steps"));
    private boolean showing;

    NetworkControls(NetworkState state) {
        this.state = state;
        addClassName("network-controls");
        n.setId("net-n");
        noise.setId("net-noise");
        noise.setStep(0.05);
        test.setId("net-test");
        seed.setId("net-seed");
        features.setId("net-features");
        features.setItems(java.util.Arrays.stream(Feature.values()).map(Feature::id).toList());
        layers.setId("net-layers");
        layers.setHelperText(getTranslation("net.layers.help", Integer.toString(Architecture.MAX_LAYERS),
                Integer.toString(Architecture.MAX_UNITS)));
        l2.setId("net-l2");
        batch.setId("net-batch");
        batch.setHelperText(getTranslation("net.batch.help", Integer.toString(DataSpec.MAX_POINTS)));
        steps.setId("net-steps");
        bind(data, "data", v -> v);
        bind(n, "n", v -> v == null ? "" : Integer.toString(v));
        bind(noise, "noise", NetworkControls::number);
        bind(test, "test", NetworkControls::number);
        bind(seed, "seed", String::strip);
        bind(features, "features", v -> String.join(",", features.getListDataView().getItems()
                .filter(v::contains).toList()));
        bind(layers, "layers", String::strip);
        bind(activation, "activation", v -> v);
        bind(loss, "loss", v -> v);
        bind(l2, "l2", NetworkControls::number);
        bind(batch, "batch", v -> v == null ? "" : Integer.toString(v));
        bind(steps, "steps", v -> v == null ? "" : Integer.toString(v));
        add(new H3(getTranslation("net.heading.data")), data, n, noise, test, seed, new H3(getTranslation("net.heading.network")), features, layers, activation, loss, l2,
                new H3(getTranslation("net.heading.training")), batch, steps);
        state.addChangeListener(c -> {
            if (c.cause() == NetworkState.Cause.OPENED || c.specChanged()) {
                show(c.spec());
            }
        });
        show(state.spec());
    }

    private <V> void bind(AbstractField<?, V> field, String key, Function<V, String> text) {
        field.addValueChangeListener(e -> {
            if (showing) {
                return; // a link opened, not an edit
            }
            HasValidation v = (HasValidation) field;
            try {
                TrainSpec next = SpecEdit.with(state.spec(), key, text.apply(e.getValue()));
                v.setInvalid(false);
                state.setSpec(next);
            } catch (LinkException | IllegalArgumentException refused) {
                v.setErrorMessage(refused.getMessage());
                v.setInvalid(true);
            }
        });
    }

    /** Every field from {@code spec}, without firing edits. */
    private void show(TrainSpec spec) {
        showing = true;
        try {
            DataSpec d = spec.data();
            Architecture a = spec.architecture();
            data.setValue(d.shape().id());
            n.setValue(d.n());
            noise.setValue(d.noise());
            test.setValue(d.testShare());
            seed.setValue(Long.toString(spec.seed()));
            features.setValue(new LinkedHashSet<>(a.features().stream().map(Feature::id).toList()));
            layers.setValue(a.hidden().isEmpty() ? "none"
                    : String.join(",", a.hidden().stream().map(String::valueOf).toList()));
            activation.setValue(a.activation().id());
            loss.setValue(a.loss().id());
            l2.setValue(a.l2());
            batch.setValue(spec.batch());
            steps.setValue(spec.steps());
            for (var f : List.<HasValidation>of(data, n, noise, test, seed, features, layers, activation, loss, l2,
                    batch, steps)) {
                f.setInvalid(false);
            }
        } finally {
            showing = false;
        }
    }

    private static String number(Double v) {
        return v == null ? "" : Numbers.format(v);
    }

    private static Select<String> select(String id, String label, String... items) {
        Select<String> s = new Select<>();
        s.setId(id);
        s.setLabel(label);
        s.setItems(items);
        return s;
    }
}
