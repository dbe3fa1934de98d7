package org.optimizerplayground.perf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who holds the big arrays of a heap dump ({@code jcmd <pid> GC.heap_dump file.hprof}, HPROF 1.0.2, under
 * 2 GB): every {@code byte[]} and {@code double[]} of at least {@code min} bytes, with the chain of objects
 * that hold it, one first-found referrer per level ({@code Class.field}, or the array's class), summed by
 * chain. Not a dominator tree: an array held from two places is counted once, under the first holder
 * found; it is the quick "what keeps these bytes" of the issue-14 heap round (README).
 *
 * <p>{@code java -cp target/test-classes:target/classes org.optimizerplayground.perf.HeapHolders file.hprof
 * [min bytes = 65536] [levels = 7] [rows = 40]}
 */
public final class HeapHolders {
    private final ByteBuffer b;
    private final int idSize;
    private final int heapStart;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    /** Per class: its instance fields as (name id, type) pairs, and its superclass. */
    private final Map<Long, long[]> fields = new HashMap<>();
    private final Map<Long, Long> superclass = new HashMap<>();
    private final Set<Long> roots = new HashSet<>();
    /** Per class: its static reference fields as (name id, value) pairs. */
    private final Map<Long, long[]> statics = new HashMap<>();

    /** One array and its holders so far. */
    private record Held(long bytes, StringBuilder chain) {
    }

    private HeapHolders(ByteBuffer b) {
        this.b = b;
        while (b.get() != 0) {
            // the format's name, up to its NUL
        }
        idSize = b.getInt();
        b.getLong();
        heapStart = b.position();
        Map<Long, Long> classNameIds = new HashMap<>();
        while (b.remaining() > 0) {
            int tag = b.get() & 0xff;
            b.getInt();
            int end = b.position() + b.getInt() + 4;
            if (tag == 0x01) {
                long id = id();
                byte[] s = new byte[end - b.position()];
                b.get(s);
                strings.put(id, new String(s, StandardCharsets.UTF_8));
            } else if (tag == 0x02) {
                b.getInt();
                long classId = id();
                b.getInt();
                classNameIds.put(classId, id());
            }
            b.position(end);
        }
        classNameIds.forEach((c, n) -> classNames.put(c, strings.getOrDefault(n, "?").replace('/', '.')));
    }

    /** Reads {@code hprof} and sums its arrays of at least {@code min} bytes by holders, {@code levels} deep. */
    public static Map<String, long[]> holders(Path hprof, long min, int levels) throws IOException {
        try (FileChannel channel = FileChannel.open(hprof)) {
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            return new HeapHolders(map).sum(min, levels);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, long[]> sums = holders(Path.of(args[0]), args.length > 1 ? Long.parseLong(args[1]) : 65536,
                args.length > 2 ? Integer.parseInt(args[2]) : 7);
        long total = sums.values().stream().mapToLong(v -> v[1]).sum();
        sums.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]))
                .limit(args.length > 3 ? Integer.parseInt(args[3]) : 40)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6d %9.1f MB  %s%n", e.getValue()[0], e.getValue()[1] / 1e6,
                        e.getKey()));
        System.out.printf(Locale.ROOT, "total %.1f MB%n", total / 1e6);
    }

    private Map<String, long[]> sum(long min, int levels) {
        Map<Long, List<Held>> frontier = new HashMap<>();
        List<Held> all = new ArrayList<>();
        scan((object, type, start, length) -> {
            if (type == -8 || type == -7) { // byte[] or double[]
                long bytes = (long) length * (type == -8 ? 1 : 8);
                if (bytes >= min) {
                    Held h = new Held(bytes, new StringBuilder(type == -8 ? "byte[]" : "double[]"));
                    all.add(h);
                    frontier.computeIfAbsent(object, k -> new ArrayList<>()).add(h);
                }
            }
        });
        Map<Long, List<Held>> level = frontier;
        for (int l = 0; l < levels && !level.isEmpty(); l++) {
            level = up(level);
        }
        Map<String, long[]> sums = new HashMap<>();
        for (Held h : all) {
            long[] v = sums.computeIfAbsent(h.chain().toString(), k -> new long[2]);
            v[0]++;
            v[1] += h.bytes();
        }
        return sums;
    }

    /** One level up: the first holder found of each object of {@code level}, named in the chains. */
    private Map<Long, List<Held>> up(Map<Long, List<Held>> level) {
        Map<Long, Long> holder = new HashMap<>();
        Map<Long, String> via = new HashMap<>();
        scan((object, type, start, length) -> {
            if (type == 0) { // an instance: its reference fields, class by class up to Object
                int at = start;
                for (long c = length; c != 0 && fields.containsKey(c); c = superclass.getOrDefault(c, 0L)) {
                    long[] f = fields.get(c);
                    for (int i = 0; i < f.length; i += 2) {
                        if (f[i + 1] == 2) {
                            note(level, holder, via, idAt(at), object, shortName(classNames.get(length)) + "."
                                    + strings.get(f[i]));
                        }
                        at += size((int) f[i + 1]);
                    }
                }
            } else if (type == 1) { // an object array
                for (int i = 0; i < length; i++) {
                    note(level, holder, via, idAt(start + i * idSize), object, "Object[]");
                }
            }
        });
        statics.forEach((c, refs) -> {
            for (int i = 0; i < refs.length; i += 2) {
                note(level, holder, via, refs[i + 1], c, shortName(classNames.get(c)) + "." + strings.get(refs[i]) + " (static)");
            }
        });
        Map<Long, List<Held>> next = new HashMap<>();
        level.forEach((child, held) -> {
            Long parent = holder.get(child);
            for (Held h : held) {
                h.chain().append(parent == null ? roots.contains(child) ? " <- (GC root)" : " <- (?)" : " <- " + via.get(child));
                if (parent != null) {
                    next.computeIfAbsent(parent, k -> new ArrayList<>()).add(h);
                }
            }
        });
        return next;
    }

    private static void note(Map<Long, List<Held>> level, Map<Long, Long> holder, Map<Long, String> via, long ref,
                             long object, String name) {
        if (ref != 0 && level.containsKey(ref) && !holder.containsKey(ref)) {
            holder.put(ref, object);
            via.put(ref, name);
        }
    }

    /**
     * Each object of the dump: {@code type} 0 for an instance ({@code length} = its class id, its field
     * values from {@code start}), 1 for an object array ({@code length} elements from {@code start}),
     * minus the HPROF type for a primitive array.
     */
    @FunctionalInterface
    private interface Visitor {
        void object(long id, int type, int start, long length);
    }

    private void scan(Visitor v) {
        b.position(heapStart);
        while (b.remaining() > 0) {
            int tag = b.get() & 0xff;
            b.getInt();
            int end = b.position() + b.getInt() + 4;
            while ((tag == 0x0C || tag == 0x1C) && b.position() < end) {
                record(v);
            }
            b.position(end);
        }
    }

    private void record(Visitor v) {
        int sub = b.get() & 0xff;
        switch (sub) {
            case 0xFF, 0x05, 0x07 -> roots.add(id());
            case 0x01 -> {
                roots.add(id());
                id();
            }
            case 0x02, 0x03, 0x08 -> {
                roots.add(id());
                b.position(b.position() + 8);
            }
            case 0x04, 0x06 -> {
                roots.add(id());
                b.getInt();
            }
            case 0x20 -> classDump();
            case 0x21 -> {
                long o = id();
                b.getInt();
                long c = id();
                int n = b.getInt();
                int s = b.position();
                v.object(o, 0, s, c);
                b.position(s + n);
            }
            case 0x22 -> {
                long o = id();
                b.getInt();
                int n = b.getInt();
                id();
                int s = b.position();
                v.object(o, 1, s, n);
                b.position(s + n * idSize);
            }
            case 0x23 -> {
                long o = id();
                b.getInt();
                int n = b.getInt();
                int t = b.get();
                v.object(o, -t, b.position(), n);
                b.position(b.position() + n * size(t));
            }
            default -> throw new IllegalStateException("unknown heap record " + sub + " at byte " + b.position());
        }
    }

    private void classDump() {
        long id = id();
        b.getInt();
        long sup = id();
        for (int i = 0; i < 5; i++) {
            id();
        }
        b.getInt();
        int constants = b.getShort() & 0xffff;
        for (int i = 0; i < constants; i++) {
            b.getShort();
            int type = b.get();
            b.position(b.position() + size(type));
        }
        int count0 = b.getShort() & 0xffff;
        List<Long> refs = new ArrayList<>();
        for (int i = 0; i < count0; i++) {
            long name = id();
            int type = b.get();
            if (type == 2) {
                refs.add(name);
                refs.add(id());
            } else {
                b.position(b.position() + size(type));
            }
        }
        statics.put(id, refs.stream().mapToLong(Long::longValue).toArray());
        int count = b.getShort() & 0xffff;
        long[] f = new long[count * 2];
        for (int i = 0; i < count; i++) {
            f[2 * i] = id();
            f[2 * i + 1] = b.get();
        }
        fields.put(id, f);
        superclass.put(id, sup);
    }

    private long id() {
        return idSize == 8 ? b.getLong() : b.getInt() & 0xffffffffL;
    }

    private long idAt(int at) {
        return idSize == 8 ? b.getLong(at) : b.getInt(at) & 0xffffffffL;
    }

    private int size(int type) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("unknown HPROF type " + type);
        };
    }

    private static String shortName(String name) {
        return name == null ? "?" : name.substring(name.lastIndexOf('.') + 1);
    }
}
