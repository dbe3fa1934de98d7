package org.optimizerplayground.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.run.Simulation;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.preview.PreviewPicture;
import org.optimizerplayground.web.preview.PreviewText;
import org.optimizerplayground.web.ui.Translations;

/**
 * Drawing a link preview ({@code GET /api/preview.png} without its cache), run with
 * {@code bench/jmh.sh PreviewBenchmark} or timed in CPU time by {@link PreviewTiming}:
 * {@code png} is the whole uncached answer (the runs, the text, the Java2D picture and its PNG
 * encoding), {@code image} the picture alone. Links: the bare address's race on Rosenbrock,
 * a typed expression (its J interpreted at every grid node), a 1-D curve, 8 runs of 2000 updates.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class PreviewBenchmark {
    /** The links measured, by a short name. */
    public static final List<String> LINKS = List.of(
            "",
            "surface=custom&f=sin(3*x)*cos(3*y)+0.1*(x^2+y^2)&run=adam(lr=0.05)&run=sgd(lr=0.05)",
            "surface=double-well&steps=100&run=sgd(lr=0.01)&run=momentum(lr=0.01)",
            "surface=himmelblau&steps=2000&run=sgd(lr=0.001)&run=momentum(lr=0.001)&run=nesterov(lr=0.001)"
                    + "&run=rmsprop&run=adam(lr=0.05)&run=adamw(lr=0.05)&run=nadam(lr=0.05)&run=adagrad(lr=0.5)");

    @State(Scope.Benchmark)
    public static class Setting {
        @Param({"0", "1", "2", "3"})
        public int link;
        Experiment experiment;
        List<Trajectory> runs;
        PreviewText text;
        final Translations i18n = new Translations();

        @Setup
        public void setUp() {
            experiment = Link.read(LINKS.get(link));
            runs = Simulation.run(experiment);
            text = PreviewText.of(experiment, PageOptions.defaults(), Locale.ENGLISH, i18n);
        }
    }

    @Benchmark
    public byte[] png(Setting s) {
        Experiment e = Link.read(LINKS.get(s.link));
        return PreviewPicture.png(e, Simulation.run(e), PreviewText.of(e, PageOptions.defaults(), Locale.ENGLISH, s.i18n));
    }

    @Benchmark
    public Object image(Setting s) {
        return PreviewPicture.draw(s.experiment, s.runs, s.text);
    }
}
