package org.optimizerplayground.web.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/**
 * Everything a frame sends the page, as one compact message: every chart's new points and the
 * k of every running run (for its status chip), read by {@code frontend/charts/frame-channel.ts}
 * and delivered by {@link FrameChannel}: as one binary message over the tab's frame socket
 * ({@code web/frames}), or as one Vaadin call carrying the same bytes in base64 when the socket
 * is off or down.
 *
 * <p>The bytes, all numbers little-endian:
 * <pre>
 *   u8  version (2)
 *   u8  flags: 1 = fenced (the page applies it only after Vaadin's {@code fence(seq)} arrived)
 *   u32 sequence number of the frame in its tab (1, 2, …; 0 = not ordered, in tests)
 *   f64 server time in ms when the frame was made (for measurements; the page ignores it)
 *   u16 number of parts, then per part:
 *       u8 length, that many ASCII bytes: the id of the chart element
 *       u8 kind: 0 = map points (x, y), 1 = series points (k, value)
 *       u16 index: the run (map) or the series (series chart)
 *       u32 n, then n f64 x (or k), then n f64 y; NaN and ±∞ are gaps
 *   u16 number of chips, then per chip: u16 run index, u32 k
 *   only when the frame shows a text (else the message ends after the chips):
 *   u16 number of texts, then per text: u8 length, that many ASCII bytes: the id of the element,
 *       u32 length, that many UTF-8 bytes: the argument of the element's {@code show} (JSON)
 * </pre>
 * {@code ChartWireFormatTest} pins the bytes of representative frames.
 */
final class FrameMessage {
    static final int VERSION = 2;
    /** Flag: the page waits for the Vaadin message that ends with {@code fence(seq)}. */
    static final int FENCED = 1;
    static final int MAP = 0;
    static final int SERIES = 1;

    private final Bytes parts = new Bytes(1024);
    private final Bytes chips = new Bytes(32);
    private Bytes texts;
    private int partCount;
    private int chipCount;
    private boolean settles;
    private int textCount;

    /** Appends the map's new points (run index = part index). */
    void map(String chartId, List<ContourChart.Points> runs) {
        for (ContourChart.Points p : runs) {
            part(chartId, MAP, p.index(), p.x().length);
            parts.doubles(p.x());
            parts.doubles(p.y());
        }
    }

    /** Appends a series chart's new points. */
    void series(String chartId, List<SeriesChart.Points> series) {
        for (SeriesChart.Points p : series) {
            part(chartId, SERIES, p.index(), p.x().length);
            for (int k : p.x()) {
                parts.f64(k);
            }
            parts.doubles(p.y());
        }
    }

    /** Run {@code run}'s chip shows "k = {@code k}" (the page fills it in, in the page's words). */
    void chip(int run, int k) {
        chips.u16(run);
        chips.u32(k);
        chipCount++;
    }

    /**
     * A run's status chip stops saying "k = …" in this frame ("ended", "diverged at k = …"): the
     * server writes that chip through Vaadin, so {@link FrameChannel} sends this frame (its last
     * points) through Vaadin too, in the same message, when it is small: the chip then never says
     * "ended" while the path is still growing.
     */
    void settles() {
        settles = true;
    }

    /** Whether a chip's status changes with this frame (see {@link #settles()}). */
    boolean settling() {
        return settles;
    }

    /** About how many bytes the frame has. */
    int size() {
        return 16 + parts.size() + chips.size() + (texts == null ? 0 : texts.size());
    }

    /**
     * The element {@code elementId} shows {@code json} (its {@code show(json)}, as a Vaadin call of
     * it would), applied after the points and chips: the update rule with this step's numbers.
     */
    void show(String elementId, String json) {
        if (texts == null) {
            texts = new Bytes(512);
        }
        byte[] id = ascii(elementId);
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        texts.u8(id.length);
        texts.write(id, 0, id.length);
        texts.u32(text.length);
        texts.write(text, 0, text.length);
        textCount++;
    }

    /** Whether the frame has nothing to send. */
    boolean isEmpty() {
        return partCount == 0 && chipCount == 0 && textCount == 0;
    }

    /** The message in base64, not ordered (sequence number 0); {@code sentAt} is the server's time in ms. */
    String encode(long sentAt) {
        return Base64.getEncoder().encodeToString(bytes(0, false, sentAt));
    }

    /** The message's bytes as frame {@code seq} of its tab; {@code sentAt} is the server's time in ms. */
    byte[] bytes(long seq, boolean fenced, long sentAt) {
        Bytes out = new Bytes(18 + parts.size() + chips.size() + (texts == null ? 0 : texts.size()));
        out.u8(VERSION);
        out.u8(fenced ? FENCED : 0);
        out.u32((int) seq);
        out.f64(sentAt);
        out.u16(partCount);
        out.write(parts.buffer(), 0, parts.size());
        out.u16(chipCount);
        out.write(chips.buffer(), 0, chips.size());
        if (textCount > 0) {
            out.u16(textCount);
            out.write(texts.buffer(), 0, texts.size());
        }
        return out.toByteArray();
    }

    private void part(String chartId, int kind, int index, int n) {
        byte[] id = ascii(chartId);
        if (index > 0xffff) {
            throw new IllegalArgumentException("index " + index + " of chart " + chartId + " too large for a frame");
        }
        parts.u8(id.length);
        parts.write(id, 0, id.length);
        parts.u8(kind);
        parts.u16(index);
        parts.u32(n);
        partCount++;
    }

    private static byte[] ascii(String elementId) {
        byte[] id = elementId.getBytes(StandardCharsets.US_ASCII);
        if (id.length > 255) {
            throw new IllegalArgumentException("element id " + elementId + " too long for a frame");
        }
        return id;
    }

    /** A growing little-endian byte buffer. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        byte[] buffer() {
            return buf;
        }

        void u8(int v) {
            write(v);
        }

        void u16(int v) {
            write(v);
            write(v >>> 8);
        }

        void u32(int v) {
            u16(v);
            u16(v >>> 16);
        }

        void f64(double v) {
            long bits = Double.doubleToRawLongBits(v);
            ensure(8);
            for (int i = 0; i < 8; i++) {
                buf[count++] = (byte) (bits >>> (8 * i));
            }
        }

        void doubles(double[] values) {
            ensure(8 * values.length);
            for (double v : values) {
                f64(v);
            }
        }

        private void ensure(int more) {
            if (count + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
            }
        }
    }
}
