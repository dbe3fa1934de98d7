package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.StateNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.analysis.EffectiveRate;
import org.optimizerplayground.engine.analysis.Ewma;
import org.optimizerplayground.engine.analysis.SharedExplainer;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.engine.run.RunStepper;
import org.optimizerplayground.engine.run.Status;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the panels put in a frame's one message while a run plays: the EWMA explainer sends each
 * update once, with the numbers of a whole replay, and the status chips leave the running k to
 * the page (the words around it on the chip) but write a run's end themselves, and the update
 * rule with this step's numbers rides in the frame instead of a Vaadin call of its own.
 */
@SpringBootTest
class FrameMessagesTest extends BrowserlessTab {

    /** A frame of one run after {@code stepper}'s updates; the first is exact (the link opened), the others timed. */
    private static Frame frame(Experiment e, RunStepper stepper, boolean first, UpdateTerms latest) {
        var t = stepper.trajectory();
        return new Frame(1, first, first, true, first, e, List.of("1 · Adam α=0.05"), 0,
                List.of(new Frame.Run(0, t, 0, t.size(), 1, latest)), new FrameMessage());
    }

    @Test
    void theEwmaExplainerSendsEachUpdateOnceWithTheNumbersOfAWholeReplay() {
        Experiment e = Link.read("surface=rosenbrock&steps=400&noise=0.3&run=adam(lr=0.05)");
        EwmaPanel panel = new EwmaPanel();
        RunStepper stepper = new RunStepper(e, 0);
        List<Double> ks = new ArrayList<>();
        List<Double> mHat = new ArrayList<>();
        List<Double> rate = new ArrayList<>();
        UpdateTerms latest = null;
        for (int chunk : new int[] {0, 1, 2, 30, 5, 100, 62}) {
            for (int n = 0; n < chunk; n++) {
                latest = new UpdateTerms();
                stepper.step(latest);
            }
            // Every frame exact, so that the once-a-second refresh of a playing run does not skip any.
            Frame f = frame(e, stepper, ks.isEmpty() && chunk == 0, latest);
            f = new Frame(f.generation(), f.restarted(), f.renamed(), false, true, e, f.labels(), 0, f.runs(), f.message());
            panel.draw(f);
            if (f.message().isEmpty()) {
                continue;
            }
            FrameMessageReader m = FrameMessageReader.read(f.message().encode(0));
            for (FrameMessageReader.Part p : m.of("ewma-chart")) {
                if (p.index() == 2) { // m′, the corrected average
                    for (int i = 0; i < p.x().length; i++) {
                        ks.add(p.x()[i]);
                        mHat.add(p.y()[i]);
                    }
                }
            }
            m.of("rate-chart").stream().filter(p -> p.index() == 0).forEach(p -> {
                for (double v : p.y()) {
                    rate.add(v);
                }
            });
        }
        int updates = 200;
        assertThat(ks).as("k = 1 … 200, each once").hasSize(updates);
        for (int k = 1; k <= updates; k++) {
            assertThat(ks.get(k - 1)).isEqualTo(k);
        }
        double[] whole = Ewma.of(e, 0, 0, updates).mHat();
        double[] rates = EffectiveRate.of(e, 0, updates)[0];
        for (int i = 0; i < updates; i++) {
            assertThat(mHat.get(i)).as("m′ at k = %d", i + 1).isEqualTo(whole[i]);
            assertThat(rate.get(i)).as("rate at k = %d", i + 1).isEqualTo(rates[i]);
        }
    }

    /** The ks and m′ of the ewma chart a panel put in {@code f}'s message, and whether the chart was configured afresh. */
    private static List<double[]> ewmaSent(Frame f) {
        List<double[]> sent = new ArrayList<>();
        for (FrameMessageReader.Part p : FrameMessageReader.read(f.message().encode(0)).of("ewma-chart")) {
            if (p.index() == 2) {
                sent.add(p.x());
                sent.add(p.y());
            }
        }
        return sent;
    }

    @Test
    void aLongPlayingRunsExplainerSendsOnlyItsNewUpdatesAndIsReplayedOnceForEveryTab() {
        Experiment e = Link.read("surface=rosenbrock&steps=20000&run=adam(lr=0.01)");
        RunStepper stepper = new RunStepper(e, 0);
        EwmaPanel tab = new EwmaPanel();
        EwmaPanel otherTab = new EwmaPanel();
        double[] mHat = Ewma.of(e, 0, 0, 20_000).mHat();
        int shown = 0;
        for (int updates : new int[] {6_000, 6_400, 7_000, 8_192, 9_000}) {
            while (stepper.k() < updates) {
                stepper.step(null);
            }
            Frame f = frame(e, stepper, false, null);
            f = new Frame(1, false, false, true, true, e, f.labels(), 0, f.runs(), f.message());
            tab.draw(f);
            List<double[]> sent = ewmaSent(f);
            double[] ks = sent.get(0);
            double[] y = sent.get(1);
            int stride = updates <= 8_192 ? 8 : 16;
            // The first frame and the one where the stride doubles send the whole series, the others only k > shown.
            int first = updates == 6_000 || updates == 9_000 ? 1 : shown + 1;
            assertThat(ks).as("after %d updates", updates).hasSize((updates - first) / stride + 1);
            for (int i = 0; i < ks.length; i++) {
                double k = first + (double) i * stride;
                assertThat(ks[i]).isEqualTo(k);
                assertThat(y[i]).as("m′ at k = %s", k).isEqualTo(mHat[(int) k - 1]);
            }
            shown = updates;
        }
        // Another tab that opens the same run now gets the same numbers from the same replay.
        SharedExplainer replay = stepper.trajectory().growing(SharedExplainer.class, () -> {
            throw new AssertionError("the first tab's replay is kept with the run");
        });
        assertThat(replay.updates()).isEqualTo(9_000);
        Frame f = frame(e, stepper, true, null);
        otherTab.draw(f);
        assertThat(replay.updates()).as("nothing replayed again").isEqualTo(9_000);
        assertThat(ewmaSent(f).get(1)).hasSize(9_000 / 16 + 1).containsExactly(
                java.util.stream.IntStream.iterate(0, i -> i < 9_000, i -> i + 16).mapToDouble(i -> mHat[i]).toArray());
    }

    @Test
    void aPlayingRunsKIsLeftToThePageAndItsEndIsWrittenByTheServer() {
        Experiment e = Link.read("surface=parabola&steps=2000&run=sgd(lr=2.5)");
        StatusChips chips = new StatusChips();
        RunStepper stepper = new RunStepper(e, 0);

        Frame opened = frame(e, stepper, true, null);
        chips.draw(opened);
        var chip = chips.getComponentAt(0).getElement();
        assertThat(chip.getText()).isEqualTo("1 · Adam α=0.05: k = 0");
        assertThat(chip.getAttribute("data-k-before")).isEqualTo("1 · Adam α=0.05: k = ");
        assertThat(chip.getAttribute("data-k-after")).isEmpty();
        assertThat(chips.getElement().getAttribute("data-k-group")).isEqualTo(",");
        assertThat(FrameMessageReader.read(opened.message().encode(0)).chips()).containsEntry(0, 0);

        stepper.step(new UpdateTerms());
        stepper.step(new UpdateTerms());
        Frame timed = frame(e, stepper, false, null);
        chips.draw(timed);
        assertThat(chip.getText()).as("the server leaves a playing run's k to the page").endsWith("k = 0");
        assertThat(FrameMessageReader.read(timed.message().encode(0)).chips()).containsExactly(java.util.Map.entry(0, 2));

        while (!stepper.finished()) {
            stepper.step(new UpdateTerms());
        }
        assertThat(stepper.trajectory().status()).isEqualTo(Status.DIVERGED);
        Frame ended = frame(e, stepper, false, null);
        chips.draw(ended);
        assertThat(chip.getText()).as("a run's end is written (and announced) by the server")
                .startsWith("1 · Adam α=0.05: diverged at k = " + (stepper.trajectory().size() - 1));
        assertThat(chip.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(ended.message().isEmpty()).as("no k to write for a run that ended").isTrue();
    }

    @Test
    void theRuleWithThisStepsNumbersGoesInTheFrameNotInAVaadinPush() {
        Experiment e = Link.read("surface=parabola&steps=2000&run=adam(lr=0.05)");
        RuleSection section = new RuleSection(new PlaygroundState(), new Hideables());
        UI.getCurrent().add(section);
        RunStepper stepper = new RunStepper(e, 0);
        UpdateTerms latest = new UpdateTerms();
        stepper.step(latest);
        section.draw(frame(e, stepper, true, latest)); // the link opened: the run's tab gets its name
        var tab = UI.getCurrent().getInternals();
        tab.getStateTree().runExecutionsBeforeClientResponse(); // what Vaadin would write to the browser now
        tab.dumpPendingJavaScriptInvocations();
        StateNode panel = section.getChildren().filter(c -> c.getId().orElse("").equals("update-rule"))
                .findFirst().orElseThrow().getElement().getNode();

        for (int n = 0; n < 3; n++) {
            latest = new UpdateTerms();
            stepper.step(latest);
        }
        Frame stepped = frame(e, stepper, false, latest);
        stepped = new Frame(1, false, false, false, true, e, stepped.labels(), 0, stepped.runs(), stepped.message());
        section.draw(stepped);

        String sent = FrameMessageReader.read(stepped.message().encode(0)).texts().get("update-rule");
        assertThat(sent).as("the frame carries the rule with k = 4's numbers").isEqualTo(section.ruleJson())
                .contains("k = 4");
        tab.getStateTree().runExecutionsBeforeClientResponse();
        assertThat(tab.dumpPendingJavaScriptInvocations()).as("no Vaadin call of the rule panel to push")
                .noneMatch(call -> call.getOwner() == panel);
    }
}
