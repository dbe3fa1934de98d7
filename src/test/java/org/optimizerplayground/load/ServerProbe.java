package org.optimizerplayground.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the load driver reads of the server process from outside, as an operator would: CPU time
 * from {@code /proc/<pid>/stat}, live threads from {@code /proc/<pid>/status}, and, after a full
 * GC ({@code jcmd <pid> GC.run}), the heap in use and the live instances of chosen classes
 * ({@code GC.class_histogram}). Linux and a JDK's {@code jcmd} only.
 */
final class ServerProbe {
    /** Classes whose live instances tell whether tabs are gone: one of each per open tab. */
    static final List<String> TAB_CLASSES = List.of(
            "org.optimizerplayground.web.session.SessionDriver",
            "org.optimizerplayground.web.session.SimulationSession",
            "org.optimizerplayground.web.ui.PlaygroundView",
            "com.vaadin.flow.component.UI",
            "com.vaadin.flow.spring.SpringVaadinSession",
            "org.apache.catalina.session.StandardSession",
            "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask",
            "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper");

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final long pid;

    ServerProbe(long pid) {
        this.pid = pid;
    }

    /** CPU seconds (user + system) the process {@code pid} has used so far. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    double cpuSeconds() {
        return cpuSeconds(pid);
    }

    /** Live threads of the server process. */
    int threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring(8).trim());
            }
        }
        throw new IOException("no Threads: line");
    }

    /**
     * The live heap, in bytes: the total of the class histogram, which counts only objects that
     * survive the full GC it runs first. ({@code GC.heap_info} after {@code GC.run} would also count
     * whatever the busy server allocated between the two commands.)
     */
    long heapAfterGc() throws IOException, InterruptedException {
        String histogram = jcmd("GC.class_histogram");
        Matcher m = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!m.find()) {
            throw new IOException("cannot read the histogram's total");
        }
        return Long.parseLong(m.group(1));
    }

    /** Live instances of {@link #TAB_CLASSES} (the histogram itself runs a full GC first). */
    Map<String, Long> liveInstances() throws IOException, InterruptedException {
        String histogram = jcmd("GC.class_histogram");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String cls : TAB_CLASSES) {
            counts.put(shortName(cls), 0L);
        }
        for (String line : histogram.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                String cls = f[3];
                if (TAB_CLASSES.contains(cls)) {
                    counts.put(shortName(cls), Long.parseLong(f[1]));
                }
            }
        }
        return counts;
    }

    /** The whole class histogram after a full GC: class name → {instances, bytes}. */
    Map<String, long[]> histogram() throws IOException, InterruptedException {
        Map<String, long[]> all = new java.util.HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                all.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return all;
    }

    static String shortName(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + command + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
