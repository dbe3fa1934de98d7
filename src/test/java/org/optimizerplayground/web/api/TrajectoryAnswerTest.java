package org.optimizerplayground.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.store.StoredExperiment;
import org.optimizerplayground.engine.store.TrajectoryStore;
import org.optimizerplayground.web.json.JsonWriter;
import org.optimizerplayground.web.json.TextSink;

/**
 * The trajectory answer written straight into bytes is the same, byte for byte, as the answer
 * written value by value through {@link JsonWriter} and a {@code Writer} (the way it was written
 * before, kept as {@link ValueByValueAnswer}): the same numbers, to the bit, in the same text.
 */
class TrajectoryAnswerTest {
    private final TrajectoryStore store = new TrajectoryStore(64L << 20);

    private static TrajectoryAnswer.Runs runs(StoredExperiment stored) {
        return new TrajectoryAnswer.Runs() {
            @Override
            public int count() {
                return stored.runs();
            }

            @Override
            public Trajectory run(int index) {
                return stored.run(index, Integer.MAX_VALUE);
            }
        };
    }

    private static String fast(Experiment e, StoredExperiment stored, boolean csv) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextSink sink = new TextSink(bytes, TextSink.Pause.NONE);
        if (csv) {
            TrajectoryAnswer.writeCsv(sink, e, runs(stored));
        } else {
            TrajectoryAnswer.writeJson(sink, e, runs(stored));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "surface=rosenbrock&start=-1.5,2&steps=300&run=adam(lr=0.05)&run=momentum(lr=0.001)",
        "surface=parabola&steps=100&run=sgd(lr=1.5)", // diverges: ∞ and NaN on the way
        "surface=custom&f=exp(exp(w))&start=7&steps=5&run=sgd(lr=0.001)", // J is ∞ at θ₀
        "surface=rastrigin&steps=5000&run=adam(lr=0.01)&noise=0.5&seed=7&run=sgd(lr=0.001,decay=0.5)",
        "surface=bowl&steps=200&run=sgd(lr=0.5)", // converged before its steps
        "surface=rastrigin&steps=100000&run=adam(lr=0.01)&run=adam(lr=0.01)", // the heavy link's runs
    })
    void jsonAndCsvAreTheBytesTheValueByValueWritersGive(String link) throws IOException {
        Experiment e = Link.read(link);
        StoredExperiment stored = store.get(e);

        String json = fast(e, stored, false);
        String csv = fast(e, stored, true);

        StringWriter referenceJson = new StringWriter();
        ValueByValueAnswer.json(new JsonWriter(referenceJson), e, stored.all());
        StringWriter referenceCsv = new StringWriter();
        ValueByValueAnswer.csv(referenceCsv, e, stored.all());
        assertThat(json).isEqualTo(referenceJson.toString());
        assertThat(csv).isEqualTo(referenceCsv.toString());
    }

    @Test
    void theAnswerBeginsBeforeAnyRunIsComputed() throws IOException {
        Experiment e = Link.read("surface=rastrigin&steps=1000&run=adam(lr=0.01)&run=sgd");
        StoredExperiment stored = store.get(e);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> seenWhenAsked = new ArrayList<>();
        TrajectoryAnswer.Runs runs = new TrajectoryAnswer.Runs() {
            @Override
            public int count() {
                return stored.runs();
            }

            @Override
            public Trajectory run(int index) {
                seenWhenAsked.add(bytes.toString(StandardCharsets.UTF_8));
                return stored.run(index, Integer.MAX_VALUE);
            }
        };

        TrajectoryAnswer.writeJson(new TextSink(bytes, TextSink.Pause.NONE), e, runs);

        assertThat(seenWhenAsked.getFirst()).startsWith("{\"surface\":\"rastrigin\"").endsWith("\"runs\":[");
        assertThat(seenWhenAsked).hasSize(2);
    }
}
