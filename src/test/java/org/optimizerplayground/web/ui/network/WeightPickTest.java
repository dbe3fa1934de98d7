package org.optimizerplayground.web.ui.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.network.Activation;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.network.Feature;
import org.optimizerplayground.engine.network.LossKind;
import org.optimizerplayground.web.ui.Translations;

/** The link key {@code weight}: layer, unit, input (or bias) ↔ the index in nn.Sequential order. */
class WeightPickTest {
    private static final Translator ENGLISH = (key, args) -> new Translations().getTranslation(key, Locale.ENGLISH, args);
    private static final Translator SPANISH = (key, args) -> new Translations().getTranslation(key, Locale.forLanguageTag("es"), args);

    private static Architecture net(List<Integer> hidden, Feature... features) {
        return new Architecture(List.of(features), hidden, Activation.TANH, LossKind.BCE, 0);
    }

    @Test
    void theDefaultNetworksWeightsInNnSequentialOrder() {
        Architecture a = net(List.of(4, 2), Feature.X, Feature.Y); // W0 4×2, b0, W1 2×4, b1, W2 1×2, b2
        assertEquals(0, WeightPick.parse("1,1,1", a).index(a).orElseThrow());
        assertEquals(3, WeightPick.parse("1,2,2", a).index(a).orElseThrow());
        assertEquals(8, WeightPick.parse("1,1,b", a).index(a).orElseThrow());
        assertEquals(18, WeightPick.parse("2,2,3", a).index(a).orElseThrow());
        assertEquals(24, WeightPick.parse("3,1,b", a).index(a).orElseThrow());
        assertThat(WeightPick.parse("2,2,3", a).describe(a, ENGLISH)).isEqualTo("weight of layer 2, unit 2 from unit 3 of layer 1");
        assertThat(WeightPick.parse("1,1,2", a).describe(a, ENGLISH)).isEqualTo("weight of layer 1, unit 1 from input y");
        assertThat(WeightPick.parse("3,1,b", a).describe(a, ENGLISH)).isEqualTo("bias of output layer 3, unit 1");
        assertThat(WeightPick.parse("auto", a).auto()).isTrue();
    }

    @Test
    void inSpanishTheWeightIsDescribedInSpanish() {
        Architecture a = net(List.of(4, 2), Feature.X, Feature.Y);
        assertThat(WeightPick.parse("2,2,3", a).describe(a, SPANISH)).isEqualTo("peso de capa 2, unidad 2 desde la unidad 3 de la capa 1");
        assertThat(WeightPick.parse("1,1,2", a).describe(a, SPANISH)).isEqualTo("peso de capa 1, unidad 1 desde la entrada y");
        assertThat(WeightPick.parse("3,1,b", a).describe(a, SPANISH)).isEqualTo("sesgo de capa de salida 3, unidad 1");
        assertThat(WeightPick.AUTO.describe(a, SPANISH)).isEqualTo("el mayor |gradiente|");
    }

    @Test
    void everyIndexIsOneWeightAndBack() {
        for (Architecture a : List.of(net(List.of(4, 2), Feature.X, Feature.Y), net(List.of(), Feature.X),
                net(List.of(8, 8, 3, 1, 5, 2), Feature.X, Feature.Y, Feature.XY, Feature.SIN_X))) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < a.parameterCount(); i++) {
                WeightPick w = WeightPick.at(a, i);
                assertThat(w.fits(a)).isTrue();
                assertEquals(i, w.index(a).orElseThrow());
                assertEquals(w, WeightPick.parse(w.format(), a), "the link's value reads back");
                assertThat(seen.add(w.format())).as("one weight per index").isTrue();
            }
        }
    }

    @Test
    void aWeightTheNetworkDoesNotHaveIsRefusedNamingWhatIsWrong() {
        Architecture a = net(List.of(3), Feature.X, Feature.Y);
        assertThatThrownBy(() -> WeightPick.parse("3,1,1", a)).hasMessageContaining("weight's layer").hasMessageContaining("[1, 2]");
        assertThatThrownBy(() -> WeightPick.parse("1,4,1", a)).hasMessageContaining("weight's unit").hasMessageContaining("[1, 3]");
        assertThatThrownBy(() -> WeightPick.parse("1,1,3", a)).hasMessageContaining("weight's input");
        assertThatThrownBy(() -> WeightPick.parse("1,1", a)).hasMessageContaining("layer,unit,input");
        assertThatThrownBy(() -> WeightPick.parse("1,1,<b>", a)).hasMessageContaining("weight's input");
        assertThatThrownBy(() -> WeightPick.parse("", a)).hasMessageContaining("weight");
    }

    @Test
    void theLargestGradientNaNFirst() {
        assertEquals(2, WeightPick.largest(new double[] {0.1, -0.5, 0.7, 0.7}));
        assertEquals(1, WeightPick.largest(new double[] {0.1, -3}));
        assertEquals(1, WeightPick.largest(new double[] {1e6, Double.NaN, 2e6}));
    }
}
