package org.optimizerplayground.engine.run;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What readers derive from one run's points and keep with them ({@link Trajectory#derived},
 * {@link Trajectory#growing}): one answer per key, computed once even when many ask at once, at
 * most {@value #MAX} of them, with their size for a budget ({@link #bytes}) and a listener told
 * when one is newly kept. Shared by every view of the run's storage; thread-safe.
 */
final class DerivedAnswers {
    /** At most this many answers are kept per run. */
    static final int MAX = 32;

    /** The answers, made on first use (most trajectories never need it). */
    private volatile ConcurrentHashMap<Object, Object> answers;
    /** Told when an answer is newly kept; null for a run no store holds. */
    private volatile Runnable listener;

    /** The answer kept under {@code key}, made and kept now if there is none and room is left. */
    @SuppressWarnings("unchecked")
    <T> T kept(Object key, Supplier<T> compute) {
        ConcurrentHashMap<Object, Object> kept = map();
        Object known = kept.get(key);
        if (known != null) {
            return (T) known;
        }
        if (kept.size() >= MAX) {
            return compute.get();
        }
        // One computation per key: a hall of tabs opening the same link at once would otherwise
        // all compute it together, each for itself, before the first could share it.
        boolean[] made = {false};
        T answer = (T) kept.computeIfAbsent(key, k -> {
            made[0] = true;
            return compute.get();
        });
        Runnable told = listener;
        if (made[0] && told != null) {
            told.run(); // outside the map's lock: the listener measures every answer kept
        }
        return answer;
    }

    /** {@code listener} runs whenever an answer is newly kept. */
    void whenKept(Runnable listener) {
        this.listener = listener;
    }

    /**
     * Bytes of the answers as they are now: arrays of numbers by their length,
     * {@link Trajectory.Sized} answers by their word, anything else as a small object (64 bytes).
     */
    long bytes() {
        var kept = answers;
        if (kept == null) {
            return 0;
        }
        long bytes = 0;
        for (Object answer : kept.values()) {
            bytes += 64 + sizeOf(answer);
        }
        return bytes;
    }

    private static long sizeOf(Object o) {
        return switch (o) {
            case Trajectory.Sized sized -> sized.bytes();
            case double[] a -> 16 + 8L * a.length;
            case int[] a -> 16 + 4L * a.length;
            case double[][] a -> {
                long b = 16 + 8L * a.length;
                for (double[] row : a) {
                    b += row == null ? 0 : 16 + 8L * row.length;
                }
                yield b;
            }
            default -> 0;
        };
    }

    private ConcurrentHashMap<Object, Object> map() {
        var d = answers;
        if (d == null) {
            synchronized (this) {
                d = answers;
                if (d == null) {
                    d = new ConcurrentHashMap<>();
                    answers = d;
                }
            }
        }
        return d;
    }
}
