package org.optimizerplayground.web.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text for the large answers of the API (JSON and CSV of up to 800 008 points) written straight
 * into a byte buffer, with no {@link java.io.Writer}, no character encoding step and no string per
 * number. The buffer goes to the stream a chunk at a time; after each chunk {@link Pause#after}
 * runs, so whoever writes can give way to more urgent work between two chunks.
 *
 * <p>Numbers are written exactly as {@link org.optimizerplayground.engine.util.Numbers#format}
 * writes them (the shortest text that reads back to the same double: {@code 200}, {@code -0},
 * {@code 0.05}, {@code 1e-7}), character for character, so an answer written here is the same
 * bytes as one written through {@link JsonWriter}. Whole numbers below 10¹⁵ are written digit by
 * digit; the others take their digits from {@link StringBuilder#append(double)} (the JDK's
 * shortest round-trip conversion) into a reused builder.
 *
 * <p>Not thread-safe: one answer, one sink.
 */
public final class TextSink {
    /** What runs after each chunk handed to the stream. */
    @FunctionalInterface
    public interface Pause {
        /** No pause at all. */
        Pause NONE = () -> { };

        void after() throws IOException;
    }

    /** Bytes per chunk: large enough that the stream is called rarely, small enough to give way often. */
    public static final int CHUNK = 1 << 16;

    /** Room kept free before a number: the longest double text is 24 characters, a long 20. */
    private static final int NUMBER_ROOM = 32;
    private static final double WHOLE_LIMIT = 1e15;

    private final OutputStream out;
    private final Pause pause;
    private final byte[] buf;
    private int n;
    private final StringBuilder digits = new StringBuilder(NUMBER_ROOM);
    private final char[] chars = new char[NUMBER_ROOM];
    private long written;

    public TextSink(OutputStream out, Pause pause) {
        this(out, pause, CHUNK);
    }

    TextSink(OutputStream out, Pause pause, int chunk) {
        if (chunk < 2 * NUMBER_ROOM) {
            throw new IllegalArgumentException("chunk must be at least " + 2 * NUMBER_ROOM + " bytes, got " + chunk);
        }
        this.out = out;
        this.pause = pause;
        this.buf = new byte[chunk];
    }

    /** One ASCII character. */
    public TextSink ascii(char c) throws IOException {
        if (n == buf.length) {
            drain();
        }
        buf[n++] = (byte) c;
        return this;
    }

    /** Bytes already encoded (such as a key written once as {@code ,"loss":}). */
    public TextSink bytes(byte[] b) throws IOException {
        int from = 0;
        while (from < b.length) {
            if (n == buf.length) {
                drain();
            }
            int count = Math.min(b.length - from, buf.length - n);
            System.arraycopy(b, from, buf, n, count);
            n += count;
            from += count;
        }
        return this;
    }

    /** Any text, in UTF-8. */
    public TextSink text(String s) throws IOException {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A whole number. */
    public TextSink whole(long v) throws IOException {
        room();
        if (v < 0) {
            buf[n++] = '-';
            if (v == Long.MIN_VALUE) {
                return bytes("9223372036854775808".getBytes(StandardCharsets.US_ASCII));
            }
            v = -v;
        }
        int length = 1;
        for (long p = v; p >= 10; p /= 10) {
            length++;
        }
        int end = n + length;
        for (int i = end - 1; i >= n; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n = end;
        return this;
    }

    /**
     * A finite number, as {@code Numbers.format} writes it.
     *
     * @throws IllegalArgumentException for NaN and infinities, which each format writes its own way
     */
    public TextSink number(double v) throws IOException {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("v must be finite, got " + v);
        }
        if (v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT) {
            if (v == 0 && 1 / v < 0) {
                room();
                buf[n++] = '-';
                buf[n++] = '0';
                return this;
            }
            return whole((long) v);
        }
        room();
        digits.setLength(0);
        digits.append(v);
        int length = digits.length();
        char[] c = chars;
        digits.getChars(0, length, c, 0);
        int e = length - 2; // a text with an exponent has at least one digit after the E
        while (e > 0 && c[e] != 'E') {
            e--;
        }
        byte[] b = buf;
        int at = n;
        if (e <= 0) {
            for (int i = 0; i < length; i++) {
                b[at++] = (byte) c[i];
            }
            n = at;
            return this;
        }
        // 1.0E-7 → 1e-7, 1.25E20 → 1.25e20 (Numbers.format's form)
        int mantissaEnd = e >= 2 && c[e - 2] == '.' && c[e - 1] == '0' ? e - 2 : e;
        for (int i = 0; i < mantissaEnd; i++) {
            b[at++] = (byte) c[i];
        }
        b[at++] = 'e';
        for (int i = e + 1; i < length; i++) {
            b[at++] = (byte) c[i];
        }
        n = at;
        return this;
    }

    /**
     * As {@link #number(double)}, remembering the text of the last number written through {@code last}: a column
     * whose value repeats (a constant learning rate) is converted once.
     */
    public TextSink number(double v, Last last) throws IOException {
        long bits = Double.doubleToRawLongBits(v);
        if (last.length > 0 && bits == last.bits) {
            room();
            System.arraycopy(last.text, 0, buf, n, last.length);
            n += last.length;
            return this;
        }
        room(); // so that number(v) finds room and writes from here on
        int from = n;
        number(v);
        last.bits = bits;
        last.length = n - from;
        System.arraycopy(buf, from, last.text, 0, last.length);
        return this;
    }

    /** The last number written through it, kept for {@link #number(double, Last)}. */
    public static final class Last {
        private long bits;
        private int length;
        private final byte[] text = new byte[NUMBER_ROOM];
    }

    /** A JSON number: the number, or {@code null} where it is NaN or infinite (SPEC §1, as {@link JsonWriter}). */
    public TextSink jsonNumber(double v) throws IOException {
        if (Double.isFinite(v)) {
            return number(v);
        }
        room();
        buf[n++] = 'n';
        buf[n++] = 'u';
        buf[n++] = 'l';
        buf[n++] = 'l';
        return this;
    }

    /** Hands what is buffered to the stream and flushes it (the reader sees the answer begin). */
    public void flush() throws IOException {
        if (n > 0) {
            drain();
        }
        out.flush();
    }

    /** Bytes handed to the stream so far. */
    public long written() {
        return written;
    }

    private void room() throws IOException {
        if (buf.length - n < NUMBER_ROOM) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, n);
        written += n;
        n = 0;
        pause.after();
    }
}
