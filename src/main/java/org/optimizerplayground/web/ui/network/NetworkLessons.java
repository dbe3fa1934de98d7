package org.optimizerplayground.web.ui.network;

import java.util.List;
import java.util.Optional;

/**
 * The network page's lessons (issue 12, item 5). Every link and number below was chosen by
 * running it; the claim each text makes is checked on the engine's numbers by
 * {@code NetworkLessonsTest} (seeds 2 and 3 give the same orderings, with similar margins).
 *
 * <p>The batch size is one setting of the whole race (every run sees the same batches), so
 * "batch 1 vs 10 vs full batch" is three lessons with the same network, data and run, differing
 * only in {@code batch}: the student opens them one after the other and compares the batch-loss
 * curves.
 */
public final class NetworkLessons {
    private static final String BATCH_TEXT = " Compare the batch-loss curve with the other two batch-size lessons:"
            + " same network, same data, same SGD at α = 0.1, only the batch size differs.";

    private static final List<NetworkLesson> ALL = List.of(
            new NetworkLesson("batch-1", "Batch size 1: the noise of SGD",
                    "Each update sees one point, so over the last 250 updates the batch loss jumps between"
                            + " almost 0 and well above 1, while the training loss stays far smoother."
                            + BATCH_TEXT,
                    "batch=1&steps=500&run=sgd(lr=0.1)&speed=max"),
            new NetworkLesson("batch-10", "Batch size 10: less noise",
                    "Averaging the gradient over 10 points makes the batch loss follow the training loss"
                            + " closely: over the last 250 updates its variance is about 50 times smaller than with batch 1."
                            + BATCH_TEXT,
                    "steps=500&run=sgd(lr=0.1)&speed=max"),
            new NetworkLesson("full-batch", "Full batch: gradient descent",
                    "With batch = 250, the whole training set, every update uses the exact gradient: the batch"
                            + " loss is the training loss and the curve is smooth."
                            + BATCH_TEXT,
                    "batch=250&steps=500&run=sgd(lr=0.1)&speed=max"),
            new NetworkLesson("spiral-optimizers", "Adam vs SGD vs momentum on the spiral",
                    "Same network (two layers of 8), same start, full batch and the same α = 0.03: after 2000"
                            + " updates SGD still misclassifies about a quarter of the training points, momentum"
                            + " does much better and Adam fits every training point (training loss below 0.01)."
                            + " Compare the test losses too: fitting the training set is not generalising.",
                    "data=spiral&layers=8,8&batch=250&steps=2000&speed=max"),
            new NetworkLesson("learning-rate-too-big", "A learning rate too big for the network",
                    "With squared-error loss, α = 0.3 trains well but α = 3 overshoots: its loss grows past"
                            + " 10¹² within 8 updates, then stops being a number, and the run is marked diverged,"
                            + " as on the surfaces.",
                    "loss=mse&steps=300&run=sgd(lr=0.3)&run=sgd(lr=3)&speed=max"),
            new NetworkLesson("decay", "Learning-rate decay (staircase) vs a constant rate",
                    "With batch 1 and α = 0.3, the constant rate keeps bouncing around; halving α every 200"
                            + " updates (a staircase: 0.3, 0.15, … 0.01875) lets the run settle, and its final"
                            + " training loss ends several times lower.",
                    "batch=1&run=sgd(lr=0.3)&run=sgd(lr=0.3,decay=0.5,decay_steps=200)&speed=max"));

    private NetworkLessons() {
    }

    /** Every lesson, in menu order. */
    public static List<NetworkLesson> all() {
        return ALL;
    }

    /** The lesson with this id. */
    public static Optional<NetworkLesson> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The lesson whose canonical query this is, if any (the page's link, compared as written). */
    public static Optional<NetworkLesson> byQuery(String query) {
        return ALL.stream().filter(l -> l.query().equals(query)).findFirst();
    }
}
