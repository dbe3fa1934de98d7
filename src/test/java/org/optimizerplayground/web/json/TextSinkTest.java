package org.optimizerplayground.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.util.Numbers;

/** The API's fast text: every double written as {@code Numbers.format} writes it, and read back to the same bits. */
class TextSinkTest {
    /** Doubles that sit on the edges of the formats: zeros, subnormals, the whole-number limit, the exponent switch. */
    private static final double[] EDGES = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
        4.9e-324, 2.2250738585072014E-308, Double.MAX_VALUE, -Double.MAX_VALUE, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3,
        0.05, 1e-3, 9.999999999999998e-4, 1e-7, 1.5e-7, 1e7, 1.25e7, 123456789.5, 1e15, Math.nextDown(1e15),
        -Math.nextDown(1e15), 999999999999999.0, 1e16, 1e21, 1e22, 1e23, 2.5, -2.5, 5.0625, 9007199254740992.0,
        Math.PI, Math.E, 100.0, 200.0, 1e300, 1e-300, 3.4028234663852886e38, 1.401298464324817e-45,
    };

    private static String written(TextSink.Pause pause, int chunk, double... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextSink sink = new TextSink(bytes, pause, chunk);
        for (double v : values) {
            sink.number(v).ascii(' ');
        }
        sink.flush();
        return bytes.toString(StandardCharsets.US_ASCII);
    }

    private static void assertWrittenAsNumbersFormat(double[] values) throws IOException {
        String[] texts = written(TextSink.Pause.NONE, TextSink.CHUNK, values).split(" ");
        assertThat(texts).hasSameSizeAs(values);
        for (int i = 0; i < values.length; i++) {
            assertThat(texts[i]).as("text of %s", values[i]).isEqualTo(Numbers.format(values[i]));
            assertThat(Double.doubleToRawLongBits(Double.parseDouble(texts[i])))
                    .as("%s read back", texts[i]).isEqualTo(Double.doubleToRawLongBits(values[i]));
        }
    }

    @Test
    void theEdgesOfTheFormatsAreWrittenAsNumbersFormatAndReadBackToTheSameBits() throws IOException {
        double[] both = new double[EDGES.length * 2];
        for (int i = 0; i < EDGES.length; i++) {
            both[2 * i] = EDGES[i];
            both[2 * i + 1] = -EDGES[i];
        }
        assertWrittenAsNumbersFormat(both);
        assertThat(written(TextSink.Pause.NONE, TextSink.CHUNK, -0.0, 0.0, 1e-7, 2.5e20, 200))
                .isEqualTo("-0 0 1e-7 2.5e20 200 ");
    }

    @Test
    void aMillionRandomBitPatternsIncludingSubnormalsRoundTrip() throws IOException {
        SplittableRandom random = new SplittableRandom(14);
        List<Double> values = new ArrayList<>();
        while (values.size() < 1_000_000) {
            double v = switch (values.size() % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong()); // any exponent
                case 1 -> Double.longBitsToDouble(random.nextLong() & 0x800F_FFFF_FFFF_FFFFL); // subnormals
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 18)); // what runs hold
                default -> Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(0, 17))); // whole numbers
            };
            if (Double.isFinite(v)) {
                values.add(v);
            }
        }
        assertWrittenAsNumbersFormat(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void jsonWritesNaNAndInfinitiesAsNullLikeTheJsonWriter() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextSink sink = new TextSink(bytes, TextSink.Pause.NONE);
        sink.ascii('[').jsonNumber(Double.NaN).ascii(',').jsonNumber(Double.POSITIVE_INFINITY).ascii(',')
                .jsonNumber(Double.NEGATIVE_INFINITY).ascii(',').jsonNumber(-0.0).ascii(']');
        sink.flush();

        String reference = JsonWriter.string(json -> json.beginArray().value(Double.NaN).value(Double.POSITIVE_INFINITY)
                .value(Double.NEGATIVE_INFINITY).value(-0.0).endArray());
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo(reference).isEqualTo("[null,null,null,-0]");
    }

    @Test
    void aNumberThatIsNotFiniteIsRefusedWhereNoFormatIsChosen() {
        TextSink sink = new TextSink(new ByteArrayOutputStream(), TextSink.Pause.NONE);
        assertThatThrownBy(() -> sink.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("v must be finite, got NaN");
    }

    @Test
    void smallChunksGiveTheSameTextAndPauseAfterEachChunk() throws IOException {
        int[] pauses = {0};
        double[] values = {Math.PI, -0.0, 1e-7, 123456789.5, Double.MIN_VALUE, 42, -Double.MAX_VALUE, 0.05};
        double[] many = new double[400];
        for (int i = 0; i < many.length; i++) {
            many[i] = values[i % values.length] / (i + 1);
        }
        String big = written(TextSink.Pause.NONE, TextSink.CHUNK, many);
        String small = written(() -> pauses[0]++, 64, many);

        assertThat(small).isEqualTo(big);
        assertThat(pauses[0]).isGreaterThanOrEqualTo(big.length() / 64);
    }

    @Test
    void wholeNumbersAndTextAreWrittenAsTheyRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextSink sink = new TextSink(bytes, TextSink.Pause.NONE, 64);
        sink.whole(0).ascii(',').whole(-7).ascii(',').whole(100_000).ascii(',').whole(Long.MIN_VALUE).ascii(',')
                .whole(Long.MAX_VALUE).ascii(',').text("θ₀ = ½ · exp(w)");
        sink.flush();

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("0,-7,100000,-9223372036854775808,9223372036854775807,θ₀ = ½ · exp(w)");
        assertThat(sink.written()).isEqualTo(bytes.size());
    }

    @Test
    void aRepeatedNumberIsWrittenFromItsRememberedTextAndANewOneReplacesIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextSink sink = new TextSink(bytes, TextSink.Pause.NONE, 64);
        TextSink.Last last = new TextSink.Last();
        double[] column = {0.01, 0.01, 0.01, -0.0, 0.0, 0.0, 1e-7, 0.01, 0.01, 123456789.5, 123456789.5};
        StringBuilder expected = new StringBuilder();
        for (int round = 0; round < 20; round++) { // 20 rounds cross many 64-byte chunks
            for (double v : column) {
                sink.number(v, last).ascii(';');
                expected.append(Numbers.format(v)).append(';');
            }
        }
        sink.flush();

        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
    }
}
