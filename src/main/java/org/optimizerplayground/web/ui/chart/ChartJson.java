package org.optimizerplayground.web.ui.chart;

import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.optimizerplayground.engine.util.Numbers;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * The one place where the chart elements' JSON is written, with Jackson's streaming
 * {@link JsonGenerator}: each typed record of the wrappers becomes the text its element in
 * {@code frontend/charts} parses. Numbers take the shortest form that reads back to the same
 * double ({@link Numbers#format}: {@code 2}, {@code 1e-7}), NaN and ±∞ are {@code null}, and
 * strings also escape control characters, {@code < > &} and U+2028/9 (as &#92;u003c…), so a label
 * quoting user text stays inert. Pinned byte for byte by {@code ChartWireFormatTest}; public so
 * that tests and benchmarks can read exactly what a wrapper sends.
 */
public final class ChartJson {
    private static final JsonFactory JSON = JsonFactory.builder()
            .characterEscapes(new Escapes())
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    private ChartJson() {
    }

    /** {@code contour-chart.setSurface}; see {@link ContourChart#setSurface}. */
    public static String surface(ContourChart.Picture picture) {
        return write(g -> {
            g.writeStartObject();
            switch (picture) {
                case ContourChart.Grid m -> {
                    g.writeNumberProperty("dim", 2);
                    numbers(g.writeName("view"), m.view());
                    g.writeName("grid").writeStartObject().writeNumberProperty("nx", m.nx())
                            .writeNumberProperty("ny", m.ny());
                    numbers(g.writeName("values"), m.values());
                    g.writeEndObject();
                    numbers(g.writeName("levels"), m.levels());
                    strings(g.writeName("colors"), m.colors());
                    minima(g, m.minima());
                    labels(g, m.labels());
                }
                case ContourChart.Curve c -> {
                    g.writeNumberProperty("dim", 1);
                    numbers(g.writeName("view"), c.view());
                    g.writeName("curve").writeStartObject();
                    numbers(g.writeName("w"), c.w());
                    numbers(g.writeName("j"), c.j());
                    g.writeEndObject();
                    numbers(g.writeName("yRange"), c.yRange());
                    minima(g, c.minima());
                    labels(g, c.labels());
                }
            }
            g.writeEndObject();
        });
    }

    private static void minima(JsonGenerator g, List<ContourChart.Minimum> minima) {
        g.writeName("minima").writeStartArray();
        for (ContourChart.Minimum m : minima) {
            g.writeStartObject();
            numbers(g.writeName("point"), m.point());
            number(g.writeName("value"), m.value());
            g.writeBooleanProperty("global", m.global()).writeEndObject();
        }
        g.writeEndArray();
    }

    private static void labels(JsonGenerator g, ContourChart.Labels l) {
        g.writeName("labels").writeStartObject().writeStringProperty("x", l.x()).writeStringProperty("y", l.y())
                .writeStringProperty("globalMinimum", l.globalMinimum())
                .writeStringProperty("localMinimum", l.localMinimum()).writeEndObject();
    }

    /** {@code contour-chart.setRuns}. */
    public static String runs(List<ContourChart.RunStyle> runs) {
        return write(g -> {
            g.writeStartArray();
            for (ContourChart.RunStyle r : runs) {
                g.writeStartObject().writeStringProperty("label", r.label()).writeStringProperty("color", r.color())
                        .writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** {@code contour-chart.appendPoints}, stamped with the server's clock {@code sentAt} (ms). */
    public static String points(long sentAt, List<ContourChart.Points> runs) {
        return write(g -> {
            g.writeStartObject().writeNumberProperty("t", sentAt).writeName("runs").writeStartArray();
            for (ContourChart.Points r : runs) {
                g.writeStartObject().writeNumberProperty("index", r.index()).writeName("points").writeStartArray();
                for (int i = 0; i < r.x().length; i++) {
                    g.writeStartArray();
                    number(g, r.x()[i]);
                    number(g, r.y()[i]);
                    g.writeEndArray();
                }
                g.writeEndArray().writeEndObject();
            }
            g.writeEndArray().writeEndObject();
        });
    }

    /** {@code contour-chart.setArrows}. */
    public static String arrows(List<ContourChart.Arrows> runs) {
        return write(g -> {
            g.writeStartObject().writeName("runs").writeStartArray();
            for (ContourChart.Arrows r : runs) {
                g.writeStartObject().writeNumberProperty("index", r.index());
                numbers(g.writeName("at"), r.x(), r.y());
                number(g.writeName("scale"), r.scale());
                g.writeName("arrows").writeStartArray();
                for (ContourChart.Arrow a : r.arrows()) {
                    g.writeStartObject().writeStringProperty("kind", a.kind());
                    numbers(g.writeName("d"), a.dx(), a.dy());
                    g.writeEndObject();
                }
                g.writeEndArray().writeEndObject();
            }
            g.writeEndArray().writeEndObject();
        });
    }

    /** {@code series-chart.configure}. */
    public static String config(SeriesChart.Config c) {
        return write(g -> {
            g.writeStartObject().writeStringProperty("title", c.title()).writeStringProperty("xLabel", c.xLabel())
                    .writeStringProperty("yLabel", c.yLabel()).writeBooleanProperty("logY", c.logY());
            if (c.legend() != null) {
                g.writeBooleanProperty("legend", c.legend());
            }
            g.writeName("series").writeStartArray();
            for (SeriesChart.Line l : c.series()) {
                g.writeStartObject().writeStringProperty("label", l.label()).writeStringProperty("color", l.color())
                        .writeName("dash").writeArray(l.dash(), 0, l.dash().length).writeEndObject();
            }
            g.writeEndArray().writeEndObject();
        });
    }

    /** {@code series-chart.append}. */
    public static String series(List<SeriesChart.Points> series) {
        return write(g -> {
            g.writeStartObject().writeName("series").writeStartArray();
            for (SeriesChart.Points s : series) {
                g.writeStartObject().writeNumberProperty("index", s.index()).writeName("x")
                        .writeArray(s.x(), 0, s.x().length);
                numbers(g.writeName("y"), s.y());
                g.writeEndObject();
            }
            g.writeEndArray().writeEndObject();
        });
    }

    /** {@code sweep-chart.show}. */
    public static String sweep(SweepChart.Sweep s) {
        return write(g -> {
            g.writeStartObject().writeStringProperty("title", s.title()).writeStringProperty("xLabel", s.xLabel())
                    .writeStringProperty("yLabel", s.yLabel()).writeBooleanProperty("logY", s.logY())
                    .writeName("runs").writeStartArray();
            for (SweepChart.Run r : s.runs()) {
                g.writeStartObject().writeStringProperty("label", r.label()).writeStringProperty("color", r.color())
                        .writeName("points").writeStartArray();
                for (SweepChart.Point p : r.points()) {
                    g.writeStartObject();
                    number(g.writeName("lr"), p.lr());
                    number(g.writeName("loss"), p.loss());
                    g.writeStringProperty("status", p.status()).writeName("steps");
                    if (p.steps() == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(p.steps());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray().writeEndObject();
            }
            SweepChart.Texts t = s.texts();
            g.writeEndArray().writeName("texts").writeStartObject().writeStringProperty("diverged", t.diverged())
                    .writeStringProperty("finalJ", t.finalJ()).writeStringProperty("status", t.status())
                    .writeStringProperty("stepsToTolerance", t.stepsToTolerance())
                    .writeName("statuses").writeStartObject().writeStringProperty("converged", t.converged())
                    .writeStringProperty("max-steps", t.maxSteps()).writeStringProperty("diverged", t.diverged())
                    .writeEndObject().writeEndObject();
            g.writeName("marks").writeStartArray();
            for (SweepChart.Mark m : s.marks()) {
                g.writeStartObject().writeNumberProperty("run", m.run());
                number(g.writeName("lr"), m.lr());
                g.writeEndObject();
            }
            g.writeEndArray().writeEndObject();
        });
    }

    /** {@code basin-chart.show}. */
    public static String basins(BasinChart.Basins b) {
        return write(g -> {
            g.writeStartObject();
            numbers(g.writeName("view"), b.view());
            g.writeNumberProperty("nx", b.nx()).writeNumberProperty("ny", b.ny()).writeName("cells")
                    .writeArray(b.cells(), 0, b.cells().length);
            strings(g.writeName("palette"), b.palette());
            g.writeName("legend").writeStartArray();
            for (BasinChart.Legend l : b.legend()) {
                g.writeStartObject().writeStringProperty("label", l.label()).writeStringProperty("color", l.color())
                        .writeEndObject();
            }
            g.writeEndArray().writeStringProperty("minimaLabel", b.minimaLabel()).writeName("minima").writeStartArray();
            for (double[] m : b.minima()) {
                numbers(g, m);
            }
            g.writeEndArray().writeStringProperty("startLabel", b.startLabel()).writeName("labels").writeStartObject()
                    .writeStringProperty("x", b.xLabel()).writeStringProperty("y", b.yLabel())
                    .writeEndObject().writeEndObject();
        });
    }

    /** {@code update-rule.show}. */
    public static String rule(UpdateRulePanel.Rule r) {
        return write(g -> {
            g.writeStartObject().writeStringProperty("rule", r.rule());
            strings(g.writeName("substituted"), r.substituted());
            g.writeStringProperty("caption", r.caption()).writeEndObject();
        });
    }

    /** JSON text written by {@code body} with the charts' settings (escapes, shortest numbers). */
    public static String write(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.accept(g);
        }
        return out.toString();
    }

    /** A number in its shortest form, or {@code null} for NaN and infinities. */
    public static void number(JsonGenerator g, double v) {
        if (Double.isFinite(v)) {
            g.writeNumber(Numbers.format(v));
        } else {
            g.writeNull();
        }
    }

    /** An array of numbers, each as {@link #number}. */
    public static void numbers(JsonGenerator g, double... v) {
        g.writeStartArray();
        for (double d : v) {
            number(g, d);
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, List<String> v) {
        g.writeStartArray();
        for (String s : v) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /** JSON's own escapes, plus control characters, HTML's {@code < > &} and U+2028/9 as lower-case &#92;u00xx. */
    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
            ascii['<'] = ESCAPE_CUSTOM;
            ascii['>'] = ESCAPE_CUSTOM;
            ascii['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            boolean escaped = c < 0x80 ? ascii[c] == ESCAPE_CUSTOM : c == 0x2028 || c == 0x2029;
            return escaped ? new SerializedString(String.format("\\u%04x", c)) : null;
        }
    }
}
