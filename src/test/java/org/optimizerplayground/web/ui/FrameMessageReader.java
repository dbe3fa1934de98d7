package org.optimizerplayground.web.ui;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@link FrameMessage} back, as {@code frontend/charts/frame-channel.ts} does (for tests). */
record FrameMessageReader(long seq, boolean fenced, double sentAt, List<Part> parts, Map<Integer, Integer> chips,
                          Map<String, String> texts) {
    /** New points of run or series {@code index} of the element {@code chart}. */
    record Part(String chart, int kind, int index, double[] x, double[] y) {
    }

    static FrameMessageReader read(String base64) {
        return read(Base64.getDecoder().decode(base64));
    }

    static FrameMessageReader read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (b.get() != FrameMessage.VERSION) {
            throw new IllegalArgumentException("not a version 2 frame");
        }
        boolean fenced = (b.get() & FrameMessage.FENCED) != 0;
        long seq = Integer.toUnsignedLong(b.getInt());
        double sentAt = b.getDouble();
        List<Part> parts = new ArrayList<>();
        for (int p = Short.toUnsignedInt(b.getShort()); p > 0; p--) {
            byte[] id = new byte[Byte.toUnsignedInt(b.get())];
            b.get(id);
            int kind = b.get();
            int index = Short.toUnsignedInt(b.getShort());
            int n = b.getInt();
            double[] x = new double[n];
            double[] y = new double[n];
            b.asDoubleBuffer().get(x);
            b.position(b.position() + 8 * n);
            b.asDoubleBuffer().get(y);
            b.position(b.position() + 8 * n);
            parts.add(new Part(new String(id, StandardCharsets.US_ASCII), kind, index, x, y));
        }
        Map<Integer, Integer> chips = new LinkedHashMap<>();
        for (int c = Short.toUnsignedInt(b.getShort()); c > 0; c--) {
            chips.put(Short.toUnsignedInt(b.getShort()), b.getInt());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int t = b.hasRemaining() ? Short.toUnsignedInt(b.getShort()) : 0; t > 0; t--) {
            byte[] id = new byte[Byte.toUnsignedInt(b.get())];
            b.get(id);
            byte[] text = new byte[b.getInt()];
            b.get(text);
            texts.put(new String(id, StandardCharsets.US_ASCII), new String(text, StandardCharsets.UTF_8));
        }
        if (b.hasRemaining()) {
            throw new IllegalArgumentException(b.remaining() + " bytes after the texts");
        }
        return new FrameMessageReader(seq, fenced, sentAt, parts, chips, texts);
    }

    /** The parts for element {@code chart}. */
    List<Part> of(String chart) {
        return parts.stream().filter(p -> p.chart().equals(chart)).toList();
    }
}
