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
 * curves. Titles and texts are in the translations ({@link NetworkLesson#titleKey()}).
 */
public final class NetworkLessons {
    private static final List<NetworkLesson> ALL = List.of(
            new NetworkLesson("batch-1", "batch=1&steps=500&run=sgd(lr=0.1)&speed=max"),
            new NetworkLesson("batch-10", "steps=500&run=sgd(lr=0.1)&speed=max"),
            new NetworkLesson("full-batch", "batch=250&steps=500&run=sgd(lr=0.1)&speed=max"),
            new NetworkLesson("spiral-optimizers", "data=spiral&layers=8,8&batch=250&steps=2000&speed=max"),
            new NetworkLesson("learning-rate-too-big", "loss=mse&steps=300&run=sgd(lr=0.3)&run=sgd(lr=3)&speed=max"),
            new NetworkLesson("decay", "batch=1&run=sgd(lr=0.3)&run=sgd(lr=0.3,decay=0.5,decay_steps=200)&speed=max"));

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
