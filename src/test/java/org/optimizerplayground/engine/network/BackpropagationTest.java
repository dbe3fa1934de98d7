package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.optim.Sgd;

/** Backpropagation against the chain rule written out by hand, and against finite differences. */
class BackpropagationTest {
    /**
     * One input x, one tanh unit, one output, BCE, one point (x = 2, t = 1), θ = (w₀, b₀, w₁, b₁)
     * = (0.5, 0, −1, 0.25):
     * a = tanh(1), z = −a + 0.25, ∂ℓ/∂z = σ(z) − 1, ∂ℓ/∂w₁ = (σ(z) − 1)·a, ∂ℓ/∂b₁ = σ(z) − 1,
     * δ = w₁(σ(z) − 1)(1 − a²), ∂ℓ/∂w₀ = 2δ, ∂ℓ/∂b₀ = δ; then SGD with α = 0.1 takes θ − 0.1·g.
     */
    @Test
    void theFirstSgdUpdateOfATinyNetworkIsTheChainRuleByHand() {
        Architecture arch = new Architecture(List.of(Feature.X), List.of(1), Activation.TANH, LossKind.BCE, 0);
        Inputs data = Inputs.of(new Points(new double[] {2}, new double[] {0}, new int[] {1}), arch.features());
        double[] theta = {0.5, 0, -1, 0.25};
        double[] grad = new double[4];
        double loss = new Mlp(arch).lossAndGradient(theta, data, new int[] {0}, 0, 1, grad);

        double a = Math.tanh(1);
        double z = -a + 0.25;
        double sigma = 1 / (1 + Math.exp(-z));
        double delta = -1 * (sigma - 1) * (1 - a * a);
        assertEquals(-Math.log(sigma), loss, 1e-15);
        assertEquals(0.9813096548417282, loss, 1e-15); // −ln σ(0.25 − tanh 1) = −ln 0.37482…
        double[] expected = {2 * delta, delta, (sigma - 1) * a, sigma - 1};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], grad[i], 1e-15, "gradient " + i);
        }
        Sgd sgd = new Sgd(0.1);
        sgd.update(sgd.init(4), theta, grad, 0.1, null);
        assertEquals(0.5 - 0.1 * 2 * delta, theta[0], 1e-15);
        assertEquals(-0.1 * delta, theta[1], 1e-15);
        assertEquals(-1 - 0.1 * (sigma - 1) * a, theta[2], 1e-15);
        assertEquals(0.25 - 0.1 * (sigma - 1), theta[3], 1e-15);
    }

    @Test
    void theL2TermAddsLambdaTimesEachWeightAndNothingToTheBiases() {
        Architecture plain = new Architecture(List.of(Feature.X, Feature.Y), List.of(3), Activation.SIGMOID,
                LossKind.MSE, 0);
        Architecture l2 = new Architecture(plain.features(), plain.hidden(), plain.activation(), plain.loss(), 0.3);
        Inputs data = Inputs.of(new Points(new double[] {1, -2}, new double[] {0.5, 1}, new int[] {1, 0}),
                plain.features());
        double[] theta = new SplittableRandom(3).doubles(plain.parameterCount(), -1, 1).toArray();
        double[] g0 = new double[theta.length];
        double[] g1 = new double[theta.length];
        new Mlp(plain).lossAndGradient(theta, data, new int[] {0, 1}, 0, 2, g0);
        new Mlp(l2).lossAndGradient(theta, data, new int[] {0, 1}, 0, 2, g1);
        for (int l = 0; l < plain.layerCount(); l++) {
            for (int i = plain.weightOffset(l); i < plain.biasOffset(l); i++) {
                assertEquals(g0[i] + 0.3 * theta[i], g1[i], 1e-15);
            }
            for (int i = plain.biasOffset(l); i < plain.weightOffset(l + 1); i++) {
                assertEquals(g0[i], g1[i]);
            }
        }
        double sum = 0;
        for (int l = 0; l < plain.layerCount(); l++) {
            for (int i = plain.weightOffset(l); i < plain.biasOffset(l); i++) {
                sum += theta[i] * theta[i];
            }
        }
        assertEquals(0.15 * sum, new Mlp(l2).penalty(theta), 1e-15);
    }

    /**
     * For random architectures (0–3 hidden layers of 1–5 units, every activation and loss, L2
     * or not), random parameters and a random batch, every component of the backpropagated
     * gradient equals the central difference (J(θ + h eᵢ) − J(θ − h eᵢ)) / 2h of the batch
     * cost J = mean loss + (λ/2)‖W‖².
     */
    @Property(tries = 200)
    void backpropagationAgreesWithCentralDifferences(@ForAll @IntRange(min = 0, max = 3) int layers,
                                                     @ForAll("seeds") long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Feature> features = new ArrayList<>(List.of(Feature.values()));
        java.util.Collections.shuffle(features, new java.util.Random(seed));
        features = features.subList(0, 1 + r.nextInt(4));
        List<Integer> hidden = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            hidden.add(1 + r.nextInt(5));
        }
        Activation act = Activation.values()[r.nextInt(Activation.values().length)];
        LossKind loss = LossKind.values()[r.nextInt(2)];
        double lambda = r.nextBoolean() ? 0 : r.nextDouble(0, 1);
        Architecture arch = new Architecture(features, hidden, act, loss, lambda);
        int n = 1 + r.nextInt(6);
        double[] x = r.doubles(n, -3, 3).toArray();
        double[] y = r.doubles(n, -3, 3).toArray();
        int[] t = r.ints(n, 0, 2).toArray();
        Inputs data = Inputs.of(new Points(x, y, t), features);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        double[] theta = r.doubles(arch.parameterCount(), -1.5, 1.5).toArray();
        Mlp mlp = new Mlp(arch);
        double[] grad = new double[theta.length];
        mlp.lossAndGradient(theta, data, rows, 0, n, grad);
        double[] scratch = new double[theta.length];
        double h = 1e-6;
        for (int i = 0; i < theta.length; i++) {
            double keep = theta[i];
            theta[i] = keep + h;
            double up = mlp.lossAndGradient(theta, data, rows, 0, n, scratch) + mlp.penalty(theta);
            theta[i] = keep - h;
            double down = mlp.lossAndGradient(theta, data, rows, 0, n, scratch) + mlp.penalty(theta);
            theta[i] = keep;
            double numeric = (up - down) / (2 * h);
            if (act == Activation.RELU && Math.abs(numeric - grad[i]) > 1e-5) {
                // a ReLU kink within h of a unit's input makes the difference quotient meaningless
                continue;
            }
            assertTrue(Math.abs(numeric - grad[i]) <= 1e-6 * Math.max(1, Math.abs(numeric)),
                    arch + " θ" + i + ": backprop " + grad[i] + ", central difference " + numeric);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }
}
