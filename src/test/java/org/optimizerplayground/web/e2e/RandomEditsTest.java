package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optimizerplayground.engine.optim.Sgd;
import org.optimizerplayground.engine.util.Numbers;
import tools.jackson.databind.JsonNode;

/**
 * A restless student in a real browser: a seeded random sequence of edits of every common kind
 * (a run's α, the number of updates, the start point, a run's optimizer, adding a run, the
 * noise), each typed or clicked as a person does, in any order. Afterwards the address bar's
 * link must hold every edit (none undone by a later one), and the loss curves the page played
 * (speed=max) must equal, point for point, the API's answer for that link. The same invariants
 * are checked after every action, over many more actions, without a browser by
 * {@code RestlessStudentTest}; this test shows that they hold through the browser too.
 */
class RandomEditsTest extends BrowserTest {
    private static final int EDITS = 8;
    private static final double[] RATES = {0.003, 0.01, 0.03, 0.1, 0.2};
    private static final int[] STEPS = {15, 25, 40};
    private static final double[] STARTS = {-2, -0.5, 1.5, 3};
    private static final double[] NOISES = {0, 0.1, 0.5};
    /** Optimizer ids and the names the English page gives them in its menus. */
    private static final String[][] OPTIMIZERS = {{"sgd", "Gradient descent"}, {"momentum", "Momentum"},
        {"adam", "Adam"}, {"rmsprop", "RMSprop"}};

    /** What the student has asked for so far: the page must show exactly this. */
    private static final class Model {
        final List<String> optimizers = new ArrayList<>(List.of("adam"));
        final List<Double> rates = new ArrayList<>(List.of(0.05));
        int steps = 30;
        double[] start = {2, 1.6};
        double noise = 0;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 23, 37})
    void everyEditSurvivesAndThePlayedLossIsTheApisAnswerForTheLink(long seed) {
        PlaygroundPage page = openInNewTab("/?surface=bowl&start=2,1.6&steps=30&run=adam(lr=0.05)&speed=max");
        Model model = new Model();
        Random random = new Random(seed);
        List<String> done = new ArrayList<>();
        for (int n = 0; n < EDITS; n++) {
            String before = page.rawAddress();
            String edit = edit(page, model, random);
            done.add(edit);
            page.waitFor(d -> !page.rawAddress().equals(before), "the address bar to follow " + edit + " after " + done);
        }

        String link = page.rawAddress();
        JsonNode answer = api.trajectory(link);
        String story = "after " + done + " the link is " + link;
        assertThat(answer.get("steps").asInt()).as(story).isEqualTo(model.steps);
        assertThat(answer.get("start").get(0).asDouble()).as(story).isEqualTo(model.start[0]);
        assertThat(answer.get("start").get(1).asDouble()).as(story).isEqualTo(model.start[1]);
        assertThat(answer.get("noise").asDouble()).as(story).isEqualTo(model.noise);
        JsonNode runs = answer.get("runs");
        assertThat(runs.size()).as(story).isEqualTo(model.optimizers.size());
        for (int r = 0; r < runs.size(); r++) {
            assertThat(runs.get(r).get("optimizer").asString()).as(story + ", run " + (r + 1))
                    .isEqualTo(model.optimizers.get(r));
            assertThat(runs.get(r).get("params").get("lr").asDouble()).as(story + ", run " + (r + 1))
                    .isEqualTo(model.rates.get(r));
        }
        for (int r = 0; r < runs.size(); r++) {
            List<List<Double>> expected = new ArrayList<>();
            for (JsonNode p : runs.get(r).get("points")) {
                JsonNode loss = p.get("loss");
                expected.add(List.of((double) p.get("k").asInt(), loss.isNull() ? Double.NaN : loss.asDouble()));
            }
            int dataset = r;
            page.waitFor(d -> page.series("loss-chart", dataset).equals(expected),
                    "run " + (r + 1) + "'s played loss to be the API's (" + story + ")");
        }
    }

    /** Makes one random edit through the page, records it in the model and says what it was. */
    private static String edit(PlaygroundPage page, Model model, Random random) {
        int runs = model.optimizers.size();
        switch (random.nextInt(runs < 3 ? 6 : 5)) {
            case 0 -> {
                int run = random.nextInt(runs);
                double lr = other(RATES, model.rates.get(run), random);
                page.type("#param-" + (run + 1) + "-lr input", Numbers.format(lr));
                model.rates.set(run, lr);
                return "α of run " + (run + 1) + " = " + Numbers.format(lr);
            }
            case 1 -> {
                int steps = STEPS[random.nextInt(STEPS.length)];
                if (steps == model.steps) {
                    steps += 5;
                }
                page.type("#steps input", Integer.toString(steps));
                model.steps = steps;
                return "updates = " + steps;
            }
            case 2 -> {
                int axis = random.nextInt(2);
                double v = other(STARTS, model.start[axis], random);
                page.type(axis == 0 ? "#start-x input" : "#start-y input", Numbers.format(v));
                model.start[axis] = v;
                return (axis == 0 ? "x₀ = " : "y₀ = ") + Numbers.format(v);
            }
            case 3 -> {
                int run = random.nextInt(runs);
                String[] pick;
                do {
                    pick = OPTIMIZERS[random.nextInt(OPTIMIZERS.length)];
                } while (pick[0].equals(model.optimizers.get(run)));
                page.choose("optimizer-" + (run + 1), pick[1]);
                model.optimizers.set(run, pick[0]);
                return "optimizer of run " + (run + 1) + " = " + pick[0];
            }
            case 4 -> {
                double noise = other(NOISES, model.noise, random);
                page.type("#noise input", Numbers.format(noise));
                model.noise = noise;
                return "noise = " + Numbers.format(noise);
            }
            default -> {
                page.click("add-run");
                model.optimizers.add("sgd");
                model.rates.add(Sgd.KIND.defaultLr());
                return "add a run";
            }
        }
    }

    private static double other(double[] choices, double current, Random random) {
        double v;
        do {
            v = choices[random.nextInt(choices.length)];
        } while (v == current);
        return v;
    }
}
