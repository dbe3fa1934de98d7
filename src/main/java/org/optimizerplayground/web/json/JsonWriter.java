package org.optimizerplayground.web.json;

import java.io.IOException;
import java.io.Writer;
import org.optimizerplayground.engine.util.Numbers;

/**
 * A minimal streaming JSON writer for the REST API (web/api) and its large number arrays: no tree in memory, no
 * reflection. Numbers are written in the shortest form that reads back to the same double;
 * NaN and infinities are written as {@code null} (SPEC §1). The page's chart JSON is written by
 * {@code web/ui/chart/ChartJson} with Jackson's generator, in the same number format.
 */
public final class JsonWriter {
    private final Writer out;
    private boolean needComma;

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        comma();
        out.write('{');
        needComma = false;
        return this;
    }

    public JsonWriter endObject() throws IOException {
        out.write('}');
        needComma = true;
        return this;
    }

    public JsonWriter beginArray() throws IOException {
        comma();
        out.write('[');
        needComma = false;
        return this;
    }

    public JsonWriter endArray() throws IOException {
        out.write(']');
        needComma = true;
        return this;
    }

    public JsonWriter name(String name) throws IOException {
        comma();
        string(name);
        out.write(':');
        needComma = false;
        return this;
    }

    public JsonWriter value(double v) throws IOException {
        comma();
        out.write(Double.isFinite(v) ? Numbers.format(v) : "null");
        needComma = true;
        return this;
    }

    public JsonWriter value(long v) throws IOException {
        comma();
        out.write(Long.toString(v));
        needComma = true;
        return this;
    }

    public JsonWriter value(boolean v) throws IOException {
        comma();
        out.write(v ? "true" : "false");
        needComma = true;
        return this;
    }

    public JsonWriter value(String s) throws IOException {
        comma();
        if (s == null) {
            out.write("null");
        } else {
            string(s);
        }
        needComma = true;
        return this;
    }

    /** A whole number, or {@code null}. */
    public JsonWriter value(Integer v) throws IOException {
        return v == null ? nullValue() : value((long) v);
    }

    public JsonWriter nullValue() throws IOException {
        comma();
        out.write("null");
        needComma = true;
        return this;
    }

    /** A whole array of numbers. */
    public JsonWriter values(double[] v, int from, int to) throws IOException {
        beginArray();
        for (int i = from; i < to; i++) {
            value(v[i]);
        }
        return endArray();
    }

    /** Writes JSON into a string (for the small messages of the page and the 400 answers). */
    public static String string(IoConsumer<JsonWriter> body) {
        java.io.StringWriter s = new java.io.StringWriter();
        try {
            body.accept(new JsonWriter(s));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return s.toString();
    }

    /** A consumer that may throw the writer's IOException. */
    @FunctionalInterface
    public interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    private void comma() throws IOException {
        if (needComma) {
            out.write(',');
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                default -> {
                    // Escape controls and the characters of HTML markup, so a message that
                    // quotes user text is inert even if some client renders it as HTML.
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }
}
