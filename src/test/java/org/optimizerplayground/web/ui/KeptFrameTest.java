package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.RunStepper;

/**
 * A panel keeps its last frame to redraw it when the student asks (the map's step arrows, the
 * explainer coming back into view), but not the frame's message: that was sent once, and for a
 * long run's first frame it is about a megabyte per panel and tab.
 */
class KeptFrameTest {

    @Test
    void aKeptFrameHasEverythingToRedrawButNotTheMessageAlreadySent() {
        Experiment e = Link.read("surface=rastrigin&steps=200&run=adam(lr=0.01)");
        RunStepper stepper = new RunStepper(e, 0);
        stepper.finish();
        var t = stepper.trajectory();
        FrameMessage message = new FrameMessage();
        message.map("contour-chart", FrameEncoder.mapPoints(List.of()));
        Frame sent = new Frame(3, true, true, false, true, e, List.of("1 · Adam α=0.01"), 0,
                List.of(new Frame.Run(0, t, 0, t.size(), 1, null)), message);

        Frame kept = sent.kept();

        assertThat(kept.message()).isNull();
        assertThat(kept).usingRecursiveComparison().ignoringFields("message").isEqualTo(sent);
        assertThat(kept.runs().getFirst().trajectory()).isSameAs(t); // the store's points, not a copy
        assertThat(kept.kept()).isSameAs(kept);
    }
}
