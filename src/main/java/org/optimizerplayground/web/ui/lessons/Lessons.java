package org.optimizerplayground.web.ui.lessons;

import java.util.List;
import java.util.Optional;

/**
 * The lessons, in the order of the lecture "Optimization Algorithms" (M. Molina, UPM, 2025):
 * gradient descent and its learning rate, learning-rate decay, momentum, RMSprop, Adam and the
 * optimizers it is compared with. Every link and number below was chosen by running it; the
 * behaviour each text promises is checked by {@code LessonsTest}.
 */
public final class Lessons {
    private static final List<Lesson> ALL = List.of(
            new Lesson("gradient-descent",
                    "surface=parabola&steps=100&run=sgd&speed=30"),
            new Lesson("learning-rate",
                    "surface=parabola&start=1.5&steps=100&run=sgd(lr=0.005)&run=sgd(lr=0.98)&run=sgd(lr=1.1)"
                            + "&speed=10"),
            new Lesson("decay",
                    "surface=bowl&steps=500&run=sgd(lr=0.1)&run=sgd(lr=0.1,decay=0.7)&noise=2&speed=100"),
            new Lesson("momentum-speed",
                    "surface=custom&f=w&view=-12,3&start=2&steps=30&run=sgd&run=momentum&speed=10"),
            new Lesson("momentum-local-minimum",
                    "surface=double-well&steps=100&run=sgd(lr=0.01)&run=momentum(lr=0.01)"
                            + "&run=momentum(lr=0.01,beta=0.5)&speed=10"),
            new Lesson("momentum-formulations",
                    "surface=ravine&steps=150&run=momentum(lr=0.02)&run=momentum-ema(lr=0.2)"
                            + "&run=momentum-ema(lr=0.02)&speed=30"),
            new Lesson("ravine-rmsprop",
                    "surface=ravine&steps=100&run=sgd&run=sgd(lr=0.49)&run=rmsprop(lr=0.1)&speed=30"),
            new Lesson("beale",
                    "surface=beale&steps=300&run=sgd(lr=0.01)&run=momentum(lr=0.002)&run=nesterov(lr=0.002)"
                            + "&run=adagrad(lr=0.5)&run=rmsprop&run=adam(lr=0.5)"),
            new Lesson("saddle",
                    "surface=saddle&run=sgd(lr=0.02)&run=momentum(lr=0.003)&run=adagrad&run=rmsprop(lr=0.02)"
                            + "&run=adam(lr=0.02)&speed=30"),
            new Lesson("noise",
                    "surface=ravine&steps=300&run=sgd(lr=0.1)&run=adam(lr=0.1)&noise=4"),
            new Lesson("nadam",
                    "surface=ravine&steps=150&run=adam(lr=0.3)&run=nadam(lr=0.3)&speed=30"));

    private Lessons() {
    }

    /** Every lesson, in menu order. */
    public static List<Lesson> all() {
        return ALL;
    }

    /** The lesson with this id. */
    public static Optional<Lesson> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * The lesson whose link this is, if any: for the page to show a lesson's text when it was
     * opened from the lesson's link. {@code query} is compared as written, so pass the canonical
     * query of the page's state.
     */
    public static Optional<Lesson> byQuery(String query) {
        return ALL.stream().filter(l -> l.query().equals(query)).findFirst();
    }
}
