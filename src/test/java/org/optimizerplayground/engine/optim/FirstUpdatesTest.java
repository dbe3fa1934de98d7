package org.optimizerplayground.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first three updates of every optimizer, in every {@code eps_mode} it has, pinned to
 * numbers derived from SPEC §3 independently of the code.
 *
 * <p>The problem is the same for all: θ₀ = (1, −2), and the gradients are fed to
 * {@link Optimizer#update} directly (no surface):
 * <pre>
 *   g₁ = (0.5, −1)    g₂ = (0.25, 2)    g₃ = (−1, 0.5)        α_k = lr for k = 1, 2, 3
 * </pre>
 * The comments of each test carry the hand derivation (rounded to 12 digits). The asserted
 * θ_k come from {@code src/test/resources/optim/first_updates.py}, which does the same
 * arithmetic exactly (rationals, 60-digit square roots) on the exact values of the
 * hyperparameters' doubles; what is left is the rounding of the engine's own floating-point
 * operations, bounded here by 1e-15 relative. Where every operation is exact in binary
 * (dyadic numbers) the result must be exact.
 */
class FirstUpdatesTest {
    static final double[] THETA0 = {1, -2};
    static final double[][] GRADIENTS = {{0.5, -1}, {0.25, 2}, {-1, 0.5}};
    static final double RELATIVE = 1e-15;

    /** θ₁, θ₂, θ₃ from θ₀ with the fixed gradients and α_k = the optimizer's lr. */
    static <S> double[][] firstThreeUpdates(Optimizer<S> optimizer, boolean recordTerms) {
        double lr = optimizer.lr();
        return firstThreeUpdates(optimizer, new double[] {lr, lr, lr}, recordTerms);
    }

    /** θ₁, θ₂, θ₃ from θ₀ with the fixed gradients and α₁, α₂, α₃ as a schedule would give them. */
    static <S> double[][] firstThreeUpdates(Optimizer<S> optimizer, double[] alphas, boolean recordTerms) {
        S state = optimizer.init(2);
        double[] theta = THETA0.clone();
        double[][] thetas = new double[3][];
        for (int k = 0; k < 3; k++) {
            double[] g = GRADIENTS[k].clone();
            optimizer.update(state, theta, g, alphas[k], recordTerms ? new UpdateTerms() : null);
            assertArrayEquals(GRADIENTS[k], g, "update must not modify g");
            thetas[k] = theta.clone();
        }
        return thetas;
    }

    /** Checks θ₁, θ₂, θ₃ to 1e-15 relative, with and without the terms being recorded. */
    static void assertFirstUpdates(Optimizer<?> optimizer, double[][] expected) {
        double[][] fast = firstThreeUpdates(optimizer, false);
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < 2; i++) {
                double e = expected[k][i];
                double a = fast[k][i];
                int kk = k + 1;
                int ii = i + 1;
                assertTrue(Math.abs(a - e) <= RELATIVE * Math.abs(e),
                        () -> optimizer + ": θ_" + kk + "," + ii + " is " + a + ", expected " + e
                                + " (relative error " + Math.abs(a - e) / Math.abs(e) + ")");
            }
        }
        double lr = optimizer.lr();
        assertTermsPathIsTheSame(optimizer, new double[] {lr, lr, lr}, fast);
    }

    /** Checks θ₁, θ₂, θ₃ bit for bit. */
    static void assertFirstUpdatesExactly(Optimizer<?> optimizer, double[][] expected) {
        double lr = optimizer.lr();
        assertFirstUpdatesExactly(optimizer, new double[] {lr, lr, lr}, expected);
    }

    /** Checks θ₁, θ₂, θ₃ bit for bit, with α₁, α₂, α₃ as a schedule would give them. */
    static void assertFirstUpdatesExactly(Optimizer<?> optimizer, double[] alphas, double[][] expected) {
        double[][] fast = firstThreeUpdates(optimizer, alphas, false);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(expected[k], fast[k], 0, optimizer + ": θ_" + (k + 1));
        }
        assertTermsPathIsTheSame(optimizer, alphas, fast);
    }

    /** Recording the terms (the update-rule panel) must not change a single bit of θ. */
    private static void assertTermsPathIsTheSame(Optimizer<?> optimizer, double[] alphas, double[][] fast) {
        double[][] recorded = firstThreeUpdates(optimizer, alphas, true);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(fast[k], recorded[k], 0, optimizer + ": θ_" + (k + 1) + " with terms recorded");
        }
    }

    // ---- gradient descent and momentum ----------------------------------------------------

    @Test
    void sgd() {
        // θ ← θ − α·g with α = 0.05:
        // k = 1: step = 0.05·(0.5, −1)  = (0.025, −0.05)    θ₁ = (0.975, −1.95)
        // k = 2: step = 0.05·(0.25, 2)  = (0.0125, 0.1)     θ₂ = (0.9625, −2.05)
        // k = 3: step = 0.05·(−1, 0.5)  = (−0.05, 0.025)    θ₃ = (1.0125, −2.075)
        assertFirstUpdates(new Sgd(0.05), new double[][] {{0.975, -1.95}, {0.9625, -2.05}, {1.0125, -2.075}});
    }

    @Test
    void sgdWithBinaryNumbersIsExact() {
        // α = 0.25 = 2⁻²: every product and difference is a short binary fraction.
        // k = 1: step = (0.125, −0.25)     θ₁ = (0.875, −1.75)
        // k = 2: step = (0.0625, 0.5)      θ₂ = (0.8125, −2.25)
        // k = 3: step = (−0.25, 0.125)     θ₃ = (1.0625, −2.375)
        assertFirstUpdatesExactly(new Sgd(0.25),
                new double[][] {{0.875, -1.75}, {0.8125, -2.25}, {1.0625, -2.375}});
    }

    @Test
    void momentum() {
        // m ← βm + αg; θ ← θ − m, with α = 0.05, β = 0.9:
        // k = 1: m = 0.05·(0.5, −1)                     = (0.025, −0.05)     θ₁ = (0.975, −1.95)
        // k = 2: m = 0.9·(0.025, −0.05) + (0.0125, 0.1)  = (0.035, 0.055)     θ₂ = (0.94, −2.005)
        // k = 3: m = 0.9·(0.035, 0.055) + (−0.05, 0.025) = (−0.0185, 0.0745)  θ₃ = (0.9585, −2.0795)
        assertFirstUpdates(new Momentum(0.05, 0.9),
                new double[][] {{0.975, -1.95}, {0.94, -2.005}, {0.9585, -2.0795}});
    }

    @Test
    void momentumWithBinaryNumbersIsExact() {
        // α = 0.25, β = 0.5:
        // k = 1: m = (0.125, −0.25)                         θ₁ = (0.875, −1.75)
        // k = 2: m = 0.5·(0.125, −0.25) + (0.0625, 0.5)  = (0.125, 0.375)      θ₂ = (0.75, −2.125)
        // k = 3: m = 0.5·(0.125, 0.375) + (−0.25, 0.125) = (−0.1875, 0.3125)  θ₃ = (0.9375, −2.4375)
        assertFirstUpdatesExactly(new Momentum(0.25, 0.5),
                new double[][] {{0.875, -1.75}, {0.75, -2.125}, {0.9375, -2.4375}});
    }

    @Test
    void momentumUnderAScheduleIsKerasForm() {
        // SPEC §3: α_k goes into the velocity (Keras SGD(momentum=β)); β = 0.5, α = 0.25, 0.125, 0.0625.
        // k = 1: m = 0.25·(0.5, −1)                            = (0.125, −0.25)        θ₁ = (0.875, −1.75)
        // k = 2: m = 0.5·(0.125, −0.25) + 0.125·(0.25, 2)      = (0.09375, 0.125)      θ₂ = (0.78125, −1.875)
        // k = 3: m = 0.5·(0.09375, 0.125) + 0.0625·(−1, 0.5)   = (−0.015625, 0.09375)  θ₃ = (0.796875, −1.96875)
        // (PyTorch's form b ← βb + g; θ ← θ − α_k·b would give θ₂ = (0.8125, −1.9375).)
        assertFirstUpdatesExactly(new Momentum(0.25, 0.5), new double[] {0.25, 0.125, 0.0625},
                new double[][] {{0.875, -1.75}, {0.78125, -1.875}, {0.796875, -1.96875}});
    }

    @Test
    void momentumEma() {
        // m ← βm + (1 − β)g; θ ← θ − αm, with α = 0.05, β = 0.9:
        // k = 1: m = 0.1·(0.5, −1)                          = (0.05, −0.1)    step = (0.0025, −0.005)
        //        θ₁ = (0.9975, −1.995)
        // k = 2: m = 0.9·(0.05, −0.1) + 0.1·(0.25, 2)        = (0.07, 0.11)    step = (0.0035, 0.0055)
        //        θ₂ = (0.994, −2.0005)
        // k = 3: m = 0.9·(0.07, 0.11) + 0.1·(−1, 0.5)         = (−0.037, 0.149) step = (−0.00185, 0.00745)
        //        θ₃ = (0.99585, −2.00795)
        assertFirstUpdates(new MomentumEma(0.05, 0.9),
                new double[][] {{0.9975, -1.995}, {0.994, -2.0005}, {0.99585, -2.00795}});
    }

    @Test
    void nesterov() {
        // m ← βm + αg; θ ← θ − (βm + αg), with α = 0.05, β = 0.9 (m as for momentum):
        // k = 1: m = (0.025, −0.05)     step = 0.9·m + (0.025, −0.05)   = (0.0475, −0.095)
        //        θ₁ = (0.9525, −1.905)
        // k = 2: m = (0.035, 0.055)     step = 0.9·m + (0.0125, 0.1)    = (0.044, 0.1495)
        //        θ₂ = (0.9085, −2.0545)
        // k = 3: m = (−0.0185, 0.0745)  step = 0.9·m + (−0.05, 0.025)   = (−0.06665, 0.09205)
        //        θ₃ = (0.97515, −2.14655)
        assertFirstUpdates(new Nesterov(0.05, 0.9),
                new double[][] {{0.9525, -1.905}, {0.9085, -2.0545}, {0.97515, -2.14655}});
    }

    @Test
    void nesterovUnderASchedule() {
        // m as in momentumUnderAScheduleIsKerasForm; step = βm + α_k·g:
        // k = 1: step = 0.5·(0.125, −0.25) + (0.125, −0.25)       = (0.1875, −0.375)      θ₁ = (0.8125, −1.625)
        // k = 2: step = 0.5·(0.09375, 0.125) + (0.03125, 0.25)    = (0.078125, 0.3125)    θ₂ = (0.734375, −1.9375)
        // k = 3: step = 0.5·(−0.015625, 0.09375) + (−0.0625, 0.03125) = (−0.0703125, 0.078125)
        //        θ₃ = (0.8046875, −2.015625)
        assertFirstUpdatesExactly(new Nesterov(0.25, 0.5), new double[] {0.25, 0.125, 0.0625},
                new double[][] {{0.8125, -1.625}, {0.734375, -1.9375}, {0.8046875, -2.015625}});
    }

    // ---- RMSprop ----------------------------------------------------------------------------

    // s ← ρs + (1 − ρ)g²; θ ← θ − α·g ⊘ D(s), with α = 0.01, ρ = 0.9, ε = 1e-7:
    // k = 1: s = 0.1·(0.25, 1)                          = (0.025, 0.1)
    // k = 2: s = 0.9·(0.025, 0.1) + 0.1·(0.0625, 4)     = (0.02875, 0.49)
    // k = 3: s = 0.9·(0.02875, 0.49) + 0.1·(1, 0.25)    = (0.125875, 0.466)

    @Test
    void rmspropInside() {
        // D(s) = √(s + ε):
        // k = 1: step = 0.01·(0.5, −1)/√((0.025, 0.1) + 1e-7)  = (0.0316227133563, −0.0316227607903)
        //        θ₁ = (0.968377286644, −1.96837723921)
        // k = 2: step = (0.0147441699735, 0.028571425656)      θ₂ = (0.95363311667, −1.99694866487)
        // k = 3: step = (−0.0281857818124, 0.00732448340547)   θ₃ = (0.981818898483, −2.00427314827)
        assertFirstUpdates(new RmsProp(0.01, 0.9, 1e-7, EpsMode.INSIDE), new double[][] {
            {0.9683772866436797, -1.9683772392096925},
            {0.9536331166702023, -1.9969486648656698},
            {0.9818188984825762, -2.0042731482711442}});
    }

    @Test
    void rmspropOutside() {
        // D(s) = √s + ε (PyTorch):
        // k = 1: step = 0.01·(0.5, −1)/(√(0.025, 0.1) + 1e-7)  = (0.0316227566017, −0.0316227666017)
        //        θ₁ = (0.968377243398, −1.9683772334)
        // k = 2: step = (0.0147441869198, 0.0285714244898)     θ₂ = (0.953633056478, −1.99694865789)
        // k = 3: step = (−0.0281857850639, 0.0073244831184)    θ₃ = (0.981818841542, −2.00427314101)
        assertFirstUpdates(new RmsProp(0.01, 0.9, 1e-7, EpsMode.OUTSIDE), new double[][] {
            {0.9683772433983036, -1.968377233398313},
            {0.9536330564784609, -1.9969486578881095},
            {0.9818188415423865, -2.0042731410065113}});
    }

    // ---- Adam, AMSGrad, AdamW ---------------------------------------------------------------

    // Adam with α = 0.01, β₁ = 0.9, β₂ = 0.999, ε = 1e-7; the moments are the same in every mode:
    // k = 1: m = 0.1·(0.5, −1)                        = (0.05, −0.1)
    //        s = 0.001·(0.25, 1)                      = (0.00025, 0.001)
    //        1 − β₁ = 0.1, 1 − β₂ = 0.001:  m̂ = (0.5, −1), ŝ = (0.25, 1)
    // k = 2: m = 0.9·m + 0.1·(0.25, 2)                = (0.07, 0.11)
    //        s = 0.999·s + 0.001·(0.0625, 4)          = (0.00031225, 0.004999)
    //        1 − β₁² = 0.19, 1 − β₂² = 0.001999:
    //        m̂ = (0.368421052632, 0.578947368421)    ŝ = (0.156203101551, 2.50075037519)
    // k = 3: m = 0.9·m + 0.1·(−1, 0.5)                = (−0.037, 0.149)
    //        s = 0.999·s + 0.001·(1, 0.25)            = (0.00131193775, 0.005244001)
    //        1 − β₁³ = 0.271, 1 − β₂³ = 0.002997001:
    //        m̂ = (−0.136531365314, 0.549815498155)   ŝ = (0.437750187604, 1.74974949958)

    @Test
    void adamInside() {
        // step = α·m̂ ⊘ √(ŝ + ε):
        // k = 1: step = 0.01·(0.5, −1)/√((0.25, 1) + 1e-7) = (0.009999998, −0.0099999995)
        //        θ₁ = (0.990000002, −1.9900000005)
        // k = 2: step = (0.00932179340425, 0.00366103519716)    θ₂ = (0.980678208596, −1.9936610357)
        // k = 3: step = (−0.00206357003628, 0.00415651188012)   θ₃ = (0.982741778632, −1.99781754758)
        assertFirstUpdates(adam(EpsMode.INSIDE), new double[][] {
            {0.9900000019999994, -1.9900000005},
            {0.9806782085957543, -1.9936610356971596},
            {0.9827417786320368, -1.9978175475772777}});
    }

    @Test
    void adamOutside() {
        // step = α·m̂ ⊘ (√ŝ + ε):
        // k = 1: step = 0.01·(0.5, −1)/((0.5, 1) + 1e-7)  = (0.009999998, −0.009999999)
        //        θ₁ = (0.990000002, −1.990000001)
        // k = 2: step = (0.00932179402951, 0.00366103503885)    θ₂ = (0.98067820797, −1.99366103604)
        // k = 3: step = (−0.00206356996009, 0.00415651168467)   θ₃ = (0.982741777931, −1.99781754772)
        assertFirstUpdates(adam(EpsMode.OUTSIDE), new double[][] {
            {0.9900000019999996, -1.9900000009999999},
            {0.9806782079704875, -1.993661036038849},
            {0.9827417779305785, -1.997817547723516}});
    }

    @Test
    void adamHat() {
        // Keras: α̂_k = α·√(1 − β₂ᵏ)/(1 − β₁ᵏ); step = α̂_k·m ⊘ (√s + ε) on the raw m and s:
        // k = 1: α̂ = 0.01·√0.001/0.1 = 0.00316227766017
        //        step = α̂·(0.05, −0.1)/(√(0.00025, 0.001) + 1e-7) = (0.00999993675485, −0.00999996837732)
        //        θ₁ = (0.990000063245, −1.99000003162)
        // k = 2: α̂ = 0.01·√0.001999/0.19 = 0.00235316725327
        //        step = (0.00932174363526, 0.00366103009236)   θ₂ = (0.98067831961, −1.99366106172)
        // k = 3: α̂ = 0.01·√0.002997001/0.271 = 0.00202010597439
        //        step = (−0.00206356457478, 0.00415650625909)  θ₃ = (0.982741884185, −1.99781756797)
        assertFirstUpdates(adam(EpsMode.HAT), new double[][] {
            {0.9900000632451532, -1.9900000316226767},
            {0.9806783196098896, -1.9936610617150388},
            {0.982741884184674, -1.9978175679741272}});
    }

    // AMSGrad needs s to fall for the running maximum to matter, which β₂ = 0.999 does not
    // do within three updates of these gradients; with β₂ = 0.5 (exact in binary) it does:
    // k = 1: s = 0.5·(0.25, 1)                     = (0.125, 0.5)      s_max = (0.125, 0.5)
    //        1 − β₂ = 0.5     ŝ = s_max/0.5 = (0.25, 1)
    // k = 2: s = 0.5·s + 0.5·(0.0625, 4)          = (0.09375, 2.25)   s_max = (0.125, 2.25)   ← x keeps s₁
    //        1 − β₂² = 0.75   ŝ = (0.166666666667, 3)     (plain Adam: (0.125, 3))
    // k = 3: s = 0.5·s + 0.5·(1, 0.25)            = (0.546875, 1.25)  s_max = (0.546875, 2.25) ← y keeps s₂
    //        1 − β₂³ = 0.875  ŝ = (0.625, 2.57142857143)  (plain Adam: (0.625, 1.42857142857))
    // m and m̂ are those of the Adam cases above.

    @Test
    void adamAmsgradInside() {
        // k = 1: step = 0.01·(0.5, −1)/√((0.25, 1) + 1e-7)    = (0.009999998, −0.0099999995)
        //        θ₁ = (0.990000002, −1.9900000005)
        // k = 2: step = (0.00902443318713, 0.00334255413434)     θ₂ = (0.980975568813, −1.99334255463)
        // k = 3: step = (−0.00172700020761, 0.00342870196672)    θ₃ = (0.98270256902, −1.9967712566)
        assertFirstUpdates(amsgrad(EpsMode.INSIDE), new double[][] {
            {0.9900000019999994, -1.9900000005},
            {0.9809755688128646, -1.993342554634336},
            {0.9827025690204793, -1.9967712566010574}});
    }

    @Test
    void adamAmsgradOutside() {
        // k = 1: step = 0.01·(0.5, −1)/((0.5, 1) + 1e-7)      = (0.009999998, −0.009999999)
        //        θ₁ = (0.990000002, −1.990000001)
        // k = 2: step = (0.00902443368394, 0.00334255399706)     θ₂ = (0.980975568316, −1.993342555)
        // k = 3: step = (−0.00172700012732, 0.00342870181957)    θ₃ = (0.982702568443, −1.99677125682)
        assertFirstUpdates(amsgrad(EpsMode.OUTSIDE), new double[][] {
            {0.9900000019999996, -1.9900000009999999},
            {0.980975568316061, -1.9933425549970627},
            {0.9827025684433854, -1.9967712568166363}});
    }

    @Test
    void adamAmsgradHat() {
        // step = α̂_k·m ⊘ (√s_max + ε):
        // k = 1: α̂ = 0.01·√0.5/0.1 = 0.0707106781187
        //        step = (0.00999999717157, −0.00999999858579)  θ₁ = (0.990000002828, −1.99000000141)
        // k = 2: α̂ = 0.01·√0.75/0.19 = 0.0455802844097
        //        step = (0.00902443334197, 0.00334255396721)   θ₂ = (0.980975569486, −1.99334255538)
        // k = 3: α̂ = 0.01·√0.875/0.271 = 0.0345171345643
        //        step = (−0.00172700011224, 0.00342870180481)  θ₃ = (0.982702569599, −1.99677125719)
        assertFirstUpdates(amsgrad(EpsMode.HAT), new double[][] {
            {0.9900000028284264, -1.9900000014142134},
            {0.9809755694864571, -1.9933425553814217},
            {0.9827025695986987, -1.9967712571862322}});
    }

    @Test
    void adamWithoutAmsgradTheSameBetasGiveOtherNumbers() {
        // The same β₂ = 0.5 without the maximum (ŝ from the raw s, see above):
        // k = 2: step = (0.0104205168177, 0.00334255413434)      θ₂ = (0.979579485182, −1.99334255463)
        // k = 3: step = (−0.00172700020761, 0.00460008633175)    θ₃ = (0.98130648539, −1.99794264097)
        assertFirstUpdates(new Adam(0.01, 0.9, 0.5, 1e-7, EpsMode.INSIDE, false), new double[][] {
            {0.9900000019999994, -1.9900000005},
            {0.9795794851822983, -1.993342554634336},
            {0.9813064853899128, -1.9979426409660848}});
    }

    @Test
    void adamAmsgradKeepsTheLargestRawS() {
        // The state the update-rule panel shows: s_max after k = 3 is (0.546875, 2.25), while
        // s = (0.546875, 1.25). All these numbers are exact in binary.
        Adam a = amsgrad(EpsMode.INSIDE);
        Adam.State state = a.init(2);
        double[] theta = THETA0.clone();
        UpdateTerms terms = null;
        for (double[] g : GRADIENTS) {
            terms = new UpdateTerms();
            a.update(state, theta, g, a.lr(), terms);
        }
        assertArrayEquals(new double[] {0.546875, 1.25}, terms.get("s").orElseThrow().values(), 0);
        assertArrayEquals(new double[] {0.546875, 2.25}, terms.get("s_max").orElseThrow().values(), 0);
        assertArrayEquals(new double[] {0.625, 2.25 / 0.875}, terms.get("s_hat").orElseThrow().values(), 0);
    }

    // AdamW: θ ← θ − α·λ·θ first (λ = 0.01, so α·λ = 1e-4), then the Adam step above:
    // k = 1: decay = 1e-4·(1, −2)                         = (0.0001, −0.0002)
    // k = 2: decay = 1e-4·θ₁, k = 3: decay = 1e-4·θ₂ (θ's of the mode at hand)

    @Test
    void adamwInside() {
        // k = 1: θ₁ = (1, −2) − (0.0001, −0.0002) − (0.009999998, −0.0099999995) = (0.989900002, −1.9898000005)
        // k = 2: decay = (9.89900002e-05, −0.00019898000005)   θ₂ = (0.980479218596, −1.9932620557)
        // k = 3: decay = (9.80479218596e-05, −0.00019932620557) θ₃ = (0.98244474071, −1.99721924137)
        assertFirstUpdates(adamw(EpsMode.INSIDE), new double[][] {
            {0.9899000019999994, -1.9898000005},
            {0.9804792185955543, -1.9932620556971097},
            {0.9824447407099772, -1.9972192413716578}});
    }

    @Test
    void adamwOutside() {
        // k = 1: θ₁ = (1, −2) − (0.0001, −0.0002) − (0.009999998, −0.009999999)  = (0.989900002, −1.989800001)
        // k = 2: decay = (9.89900002e-05, −0.0001989800001)    θ₂ = (0.98047921797, −1.99326205604)
        // k = 3: decay = (9.8047921797e-05, −0.000199326205604) θ₃ = (0.982444740009, −1.99721924152)
        assertFirstUpdates(adamw(EpsMode.OUTSIDE), new double[][] {
            {0.9899000019999996, -1.9898000009999999},
            {0.9804792179702876, -1.9932620560387488},
            {0.9824447400085815, -1.9972192415178123}});
    }

    @Test
    void adamwHat() {
        // k = 1: θ₁ = (1, −2) − (0.0001, −0.0002) − (0.00999993675485, −0.00999996837732)
        //           = (0.989900063245, −1.98980003162)
        // k = 2: decay = (9.89900063245e-05, −0.000198980003162)  θ₂ = (0.980479329604, −1.99326208171)
        // k = 3: decay = (9.80479329604e-05, −0.000199326208171)  θ₃ = (0.982444846245, −1.99721926176)
        assertFirstUpdates(adamw(EpsMode.HAT), new double[][] {
            {0.9899000632451532, -1.9898000316226767},
            {0.9804793296035651, -1.9932620817118765},
            {0.9824448462453892, -1.997219261762794}});
    }

    @Test
    void adamNamedTermsOfTheFirstUpdate() {
        // k = 1 in the default mode (inside). 1 − 0.9 and 1 − 0.999 are computed exactly in
        // binary (Sterbenz), but 0.999 is not 999/1000: 1 − 0.999 = 0.00100000000000000089, so
        // s = (2.5000000000000022e-4, 1.0000000000000009e-3) rather than (0.00025, 0.001).
        // The same factors cancel in m̂ and ŝ, which come out exactly g and g².
        Adam a = adam(EpsMode.INSIDE);
        Adam.State state = a.init(2);
        UpdateTerms terms = new UpdateTerms();
        a.update(state, THETA0.clone(), GRADIENTS[0], 0.01, terms);

        assertEquals(List.of("m", "s", "bias1", "bias2", "m_hat", "s_hat", "step"),
                terms.all().stream().map(UpdateTerms.Term::key).toList());
        // Every operation up to ŝ is exact, so these are the exact doubles (script: JAVA m, s, …):
        //   m = (1 − 0.9)·g = 0.09999999999999998·(0.5, −1)   s = (1 − 0.999)·g²   1 − β₁   1 − β₂
        assertTerm(terms, "m", 0.04999999999999999, -0.09999999999999998);
        assertTerm(terms, "s", 0.0002500000000000002, 0.0010000000000000009);
        assertTerm(terms, "bias1", 0.09999999999999998);
        assertTerm(terms, "bias2", 0.0010000000000000009);
        assertTerm(terms, "m_hat", 0.5, -1);
        assertTerm(terms, "s_hat", 0.25, 1);
        // step = 0.01·0.5/√(0.25 + 1e-7) = 0.0099999980000006, 0.01·(−1)/√(1 + 1e-7) = −0.009999999500000037
        assertClose(new double[] {0.0099999980000006, -0.009999999500000037},
                terms.get("step").orElseThrow().values());
        assertTrue(terms.get("bias1").orElseThrow().scalar());
        assertFalse(terms.get("m").orElseThrow().scalar());
    }

    private static void assertTerm(UpdateTerms terms, String key, double... expected) {
        assertArrayEquals(expected, terms.get(key).orElseThrow().values(), 0, key);
    }

    private static Adam adam(EpsMode mode) {
        return new Adam(0.01, 0.9, 0.999, 1e-7, mode, false);
    }

    private static Adam amsgrad(EpsMode mode) {
        return new Adam(0.01, 0.9, 0.5, 1e-7, mode, true);
    }

    private static AdamW adamw(EpsMode mode) {
        return new AdamW(adam(mode), 0.01);
    }

    // ---- Nadam ------------------------------------------------------------------------------

    // PyTorch NAdam with α = 0.01, β₁ = 0.9, β₂ = 0.999, ε = 1e-7, ψ = 0.004:
    //   μ_k = 0.9·(1 − ½·0.96^(0.004k)), P_k = μ₁⋯μ_k; m, s and ŝ as for Adam above.
    // k = 1: μ₁ = 0.450073473591  μ₂ = 0.450146935186  P₁ = 0.450073473591
    //        α(1 − μ₁)/(1 − P₁) = 0.01   αμ₂/(1 − P₁μ₂) = 0.00564517783554
    // k = 2: μ₂ = 0.450146935186  μ₃ = 0.450220384787  P₂ = 0.202599194746
    //        α(1 − μ₂)/(1 − P₂) = 0.00689556696194   αμ₃/(1 − P₂μ₃) = 0.00495408739984
    // k = 3: μ₃ = 0.450220384787  μ₄ = 0.450293822395  P₃ = 0.0912142874159
    //        α(1 − μ₃)/(1 − P₃) = 0.00604960671807   αμ₄/(1 − P₃μ₄) = 0.00469581032198
    // step = [α(1 − μ_k)/(1 − P_k)]·g ⊘ D(ŝ) + [αμ_{k+1}/(1 − P_kμ_{k+1})]·m ⊘ D(ŝ)

    @Test
    void nadamInside() {
        // k = 1: step = 0.01·(0.5, −1)/√((0.25, 1) + ε) + 0.00564517783554·(0.05, −0.1)/√((0.25, 1) + ε)
        //             = (0.0105645156707, −0.0105645172553)   θ₁ = (0.989435484329, −1.98943548274)
        // k = 2: step = (0.00523923132665, 0.00906557474554)  θ₂ = (0.984196253003, −1.99850105749)
        // k = 3: step = (−0.0094061332089, 0.00281564300496)  θ₃ = (0.993602386212, −2.0013167005)
        assertFirstUpdates(new Nadam(0.01, 0.9, 0.999, 1e-7, EpsMode.INSIDE, 0.004), new double[][] {
            {0.989435484329349, -1.9894354827446719},
            {0.9841962530027001, -1.9985010574902136},
            {0.9936023862115977, -2.001316700495171}});
    }

    @Test
    void nadamOutside() {
        // k = 1: step = (0.0105645156707, −0.0105645167271)   θ₁ = (0.989435484329, −1.98943548327)
        // k = 2: step = (0.00523923167807, 0.00906557435353)  θ₂ = (0.984196252651, −1.99850105763)
        // k = 3: step = (−0.0094061328616, 0.00281564287256)  θ₃ = (0.993602385513, −2.0013167005)
        assertFirstUpdates(new Nadam(0.01, 0.9, 0.999, 1e-7, EpsMode.OUTSIDE, 0.004), new double[][] {
            {0.9894354843293492, -1.9894354832728978},
            {0.9841962526512745, -1.9985010576264253},
            {0.9936023855128772, -2.001316700498983}});
    }

    // ---- Adagrad ----------------------------------------------------------------------------

    // s ← s + g²; θ ← θ − α·g ⊘ D(s), with α = 0.1, ε = 1e-7:
    // k = 1: s = (0.25, 1)    k = 2: s = (0.3125, 5)    k = 3: s = (1.3125, 5.25)

    @Test
    void adagradInside() {
        // k = 1: step = 0.1·(0.5, −1)/√((0.25, 1) + ε)      = (0.09999998, −0.099999995)
        //        θ₁ = (0.90000002, −1.900000005)
        // k = 2: step = 0.1·(0.25, 2)/√((0.3125, 5) + ε)    = (0.0447213523946, 0.0894427182056)
        //        θ₂ = (0.855278667605, −1.98944272321)
        // k = 3: step = 0.1·(−1, 0.5)/√((1.3125, 5.25) + ε) = (−0.0872871527692, 0.0218217888158)
        //        θ₃ = (0.942565820375, −2.01126451202)
        assertFirstUpdates(new Adagrad(0.1, 1e-7, EpsMode.INSIDE, 0), new double[][] {
            {0.900000019999994, -1.9000000049999997},
            {0.855278667605414, -1.989442723205564},
            {0.9425658203745861, -2.0112645120213366}});
    }

    @Test
    void adagradOutside() {
        // k = 1: step = 0.1·(0.5, −1)/((0.5, 1) + ε)        = (0.09999998, −0.09999999)
        //        θ₁ = (0.90000002, −1.90000001)
        // k = 2: step = (0.04472135155, 0.0894427151)       θ₂ = (0.85527866845, −1.9894427251)
        // k = 3: step = (−0.0872871484754, 0.0218217880712) θ₃ = (0.942565816925, −2.01126451317)
        assertFirstUpdates(new Adagrad(0.1, 1e-7, EpsMode.OUTSIDE, 0), new double[][] {
            {0.900000019999996, -1.900000009999999},
            {0.8552786684499988, -1.9894427250999909},
            {0.9425658169253488, -2.0112645131712092}});
    }

    @Test
    void adagradInitialAccumulator() {
        // s starts at 0.1 (PyTorch's initial_accumulator_value), outside:
        // k = 1: s = (0.35, 1.1)     step = (0.0845154111871, −0.0953462498337)  θ₁ = (0.915484588813, −1.90465375017)
        // k = 2: s = (0.4125, 5.1)   step = (0.0389249411475, 0.0885614846324)   θ₂ = (0.876559647665, −1.9932152348)
        // k = 3: s = (1.4125, 5.35)  step = (−0.0841406253027, 0.0216168841238)  θ₃ = (0.960700272968, −2.01483211892)
        assertFirstUpdates(new Adagrad(0.1, 1e-7, EpsMode.OUTSIDE, 0.1), new double[][] {
            {0.9154845888128602, -1.904653750166349},
            {0.8765596476653892, -1.9932152347987901},
            {0.960700272968078, -2.0148321189225666}});
    }

    @Test
    void adadelta() {
        // PyTorch Adadelta with α = 1, ρ = 0.9, ε = 1e-6:
        //   s ← ρs + (1 − ρ)g²; Δ = √(u + ε)/√(s + ε)·g; u ← ρu + (1 − ρ)Δ²; θ ← θ − αΔ
        // k = 1: s = (0.025, 0.1)        Δ = √1e-6/√(s + 1e-6)·g   = (0.00316221441651, −0.0031622618489)
        //        u = 0.1·Δ² = (9.999600016e-07, 9.999900001e-07)    θ₁ = (0.996837785583, −1.99683773815)
        // k = 2: s = (0.02875, 0.49)     Δ = (0.00208508702779, 0.00404059595372)
        //        u = (1.33472279279e-06, 2.53263256621e-06)         θ₂ = (0.994752698556, −2.0008783341)
        // k = 3: s = (0.125875, 0.466)   Δ = (−0.0043067156122, 0.00137665721152)
        //        u = (3.05603044994e-06, 2.46888781739e-06)         θ₃ = (0.999059414168, −2.00225499132)
        assertFirstUpdates(new Adadelta(1.0, 0.9, 1e-6), new double[][] {
            {0.9968377855834876, -1.9968377381511013},
            {0.9947526985556961, -2.000878334104818},
            {0.9990594141678936, -2.002254991316342}});
    }

    @Test
    void adamax() {
        // PyTorch Adamax with α = 0.01, β₁ = 0.9, β₂ = 0.999, ε = 1e-7:
        //   m ← β₁m + (1 − β₁)g; u ← max(β₂u, |g| + ε); θ ← θ − α/(1 − β₁ᵏ)·m ⊘ u
        // k = 1: m = (0.05, −0.1)    u = (0.5000001, 1.0000001)                        α/(1 − β₁) = 0.1
        //        step = (0.009999998, −0.009999999)           θ₁ = (0.990000002, −1.990000001)
        // k = 2: m = (0.07, 0.11)    u = (0.999·0.5000001, 2 + ε) = (0.4995000999, 2.0000001)  α/0.19 = 0.0526315789474
        //        step = (0.00737579537432, 0.00289473669737)  θ₂ = (0.982624206626, −1.9928947377)
        // k = 3: m = (−0.037, 0.149) u = (1 + ε, 0.999·2.0000001) = (1.0000001, 1.9980000999)  α/0.271 = 0.0369003690037
        //        step = (−0.00136531351661, 0.0027518291825)  θ₃ = (0.983989520142, −1.99564656688)
        assertFirstUpdates(new Adamax(0.01, 0.9, 0.999, 1e-7), new double[][] {
            {0.9900000019999996, -1.9900000009999999},
            {0.9826242066256776, -1.9928947376973682},
            {0.9839895201422828, -1.995646566879872}});
    }

    // ---- Lion -------------------------------------------------------------------------------

    // c = β₁m + (1 − β₁)g; θ ← θ − α(sign(c) + λθ); m ← β₂m + (1 − β₂)g, with β₁ = 0.9, β₂ = 0.99:
    // k = 1: c = 0.1·(0.5, −1)                            = (0.05, −0.1)        sign = (1, −1)
    //        m = 0.01·(0.5, −1)                           = (0.005, −0.01)
    // k = 2: c = 0.9·(0.005, −0.01) + 0.1·(0.25, 2)       = (0.0295, 0.191)     sign = (1, 1)
    //        m = 0.99·(0.005, −0.01) + 0.01·(0.25, 2)     = (0.00745, 0.0101)
    // k = 3: c = 0.9·(0.00745, 0.0101) + 0.1·(−1, 0.5)    = (−0.093295, 0.05909) sign = (−1, 1)
    // (On x at k = 3 the fresh gradient −1 outweighs the momentum 0.9·m₂ = 0.006705: the sign flips.)

    @Test
    void lionWithoutWeightDecay() {
        // α = 0.001, λ = 0: every component moves by exactly α.
        // θ₁ = (0.999, −1.999)   θ₂ = (0.998, −2)   θ₃ = (0.999, −2.001)
        assertFirstUpdates(new Lion(0.001, 0.9, 0.99, 0),
                new double[][] {{0.999, -1.999}, {0.998, -2.0}, {0.999, -2.001}});
    }

    @Test
    void lionWithBinaryRateIsExact() {
        // α = 2⁻¹⁰ = 0.0009765625: θ₁ = (1 − 2⁻¹⁰, −2 + 2⁻¹⁰), θ₂ = (1 − 2⁻⁹, −2), θ₃ = (1 − 2⁻¹⁰, −2 − 2⁻¹⁰)
        assertFirstUpdatesExactly(new Lion(0x1p-10, 0.9, 0.99, 0), new double[][] {
            {0.9990234375, -1.9990234375}, {0.998046875, -2.0}, {0.9990234375, -2.0009765625}});
    }

    @Test
    void lionMomentumCanOverruleTheGradient() {
        // β₂ = 0.5 makes m follow the gradients closely, so c can disagree with the fresh g
        // (α = 2⁻¹⁰, exact; this pins that c uses β₁ and the OLD m, and that m uses β₂):
        // k = 1: c = 0.1·(0.5, −1) = (0.05, −0.1)                   sign (1, −1)   m = 0.5·g₁ = (0.25, −0.5)
        // k = 2: c = 0.9·(0.25, −0.5) + 0.1·(0.25, 2) = (0.25, −0.25)  sign (1, −1) ← y against g₂ = 2
        //        m = 0.5·(0.25, −0.5) + 0.5·(0.25, 2) = (0.25, 0.75)
        // k = 3: c = 0.9·(0.25, 0.75) + 0.1·(−1, 0.5) = (0.125, 0.725) sign (1, 1)  ← x against g₃ = −1
        // θ₁ = (1 − 2⁻¹⁰, −2 + 2⁻¹⁰)   θ₂ = (1 − 2⁻⁹, −2 + 2⁻⁹)   θ₃ = (1 − 3·2⁻¹⁰, −2 + 2⁻¹⁰)
        assertFirstUpdatesExactly(new Lion(0x1p-10, 0.9, 0.5, 0), new double[][] {
            {0.9990234375, -1.9990234375}, {0.998046875, -1.998046875}, {0.9970703125, -1.9990234375}});
    }

    @Test
    void lionWithWeightDecay() {
        // α = 0.001, λ = 0.1: step = α(sign(c) + 0.1·θ) with θ before the update
        // k = 1: step = 0.001·((1, −1) + (0.1, −0.2))             = (0.0011, −0.0012)
        //        θ₁ = (0.9989, −1.9988)
        // k = 2: step = 0.001·((1, 1) + 0.1·(0.9989, −1.9988))    = (0.00109989, 0.00080012)
        //        θ₂ = (0.99780011, −1.99960012)
        // k = 3: step = 0.001·((−1, 1) + 0.1·θ₂)                  = (−0.000900219989, 0.000800039988)
        //        θ₃ = (0.998700329989, −2.000400159988)
        assertFirstUpdates(new Lion(0.001, 0.9, 0.99, 0.1), new double[][] {
            {0.9989, -1.9988}, {0.99780011, -1.99960012}, {0.998700329989, -2.000400159988}});
    }

    static Stream<String> ids() {
        return Optimizers.ids().stream();
    }

    /**
     * A schedule hands each update its own α_k: the update must use that α and not the lr the
     * optimizer was configured with. Built with the default lr and stepped with α = 0.003, every
     * optimizer must move exactly as one configured with lr = 0.003.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void updateUsesTheAlphaItIsGiven(String id) {
        OptimizerKind kind = Optimizers.byId(id).orElseThrow();
        double alpha = 0.003;
        double[][] configured = stepWith(kind.create(Map.of("lr", alpha)), alpha);
        double[][] scheduled = stepWith(kind.create(Map.of()), alpha);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(configured[k], scheduled[k], 0, kind.id() + ": θ_" + (k + 1));
        }
        assertFalse(Arrays.equals(THETA0, scheduled[0]), kind.id() + " did not move");
    }

    private static <S> double[][] stepWith(Optimizer<S> optimizer, double alpha) {
        S state = optimizer.init(2);
        double[] theta = THETA0.clone();
        double[][] thetas = new double[3][];
        for (int k = 0; k < 3; k++) {
            optimizer.update(state, theta, GRADIENTS[k], alpha, null);
            thetas[k] = theta.clone();
        }
        return thetas;
    }

    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            assertTrue(Math.abs(a - e) <= RELATIVE * Math.abs(e), () -> a + " is not " + e + " to 1e-15 relative");
        }
    }
}
