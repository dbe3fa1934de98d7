package org.optimizerplayground.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load test of a lecture hall: N students open the teacher's link within a short time, each
 * tab plays and now and then the student types another α; a few real Chromium windows play the
 * same link beside them. Run against a server already started (see {@code bench/lecture-hall.sh},
 * which starts the production jar and passes its pid); prints one row of figures.
 *
 * <p>Arguments are {@code key=value}: {@code base} (http://localhost:18480), {@code pid} (the
 * server's, for CPU, threads and heap), {@code mode} ({@code hall} or {@code leak}), and for a
 * hall {@code n}, {@code browsers} (5), {@code link} (the query the students open), {@code ramp}
 * (tabs opened per second), {@code settle} and {@code window} (seconds), {@code tweak} (seconds
 * between two α changes of one tab), {@code out} (a file the row is appended to); for a leak run
 * {@code closed}, {@code abandoned} and {@code wait} (seconds to wait for session expiry at most).
 *
 * <p>Heap per session = (heap in use after a full GC with every tab open − the same before any
 * tab was opened) / open tabs. CPU is process time (user + system) over the measured window
 * divided by its wall time, in cores: the server, this driver (the protocol clients, on the same
 * two cores) and Chromium.
 */
public final class LectureHall {
    private static final double[] RATES = {0.0005, 0.001, 0.002, 0.0007, 0.0015};

    private final Map<String, String> args;
    private final URI base;
    private final ServerProbe server;
    private final long pid;
    private final List<HttpClient> clients = new ArrayList<>();
    private final AtomicInteger openFailures = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();

    private LectureHall(Map<String, String> args) {
        this.args = args;
        this.base = URI.create(arg("base", "http://localhost:18480"));
        this.pid = Long.parseLong(args.get("pid"));
        this.server = new ServerProbe(pid);
        ExecutorService callbacks = Executors.newFixedThreadPool(2, daemon("ws-callbacks"));
        for (int i = 0; i < 4; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                    .connectTimeout(Duration.ofSeconds(30)).build());
        }
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new java.util.HashMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
        LectureHall hall = new LectureHall(args);
        String mode = args.getOrDefault("mode", "hall");
        if ("leak".equals(mode)) {
            hall.leak();
        } else if ("histogram".equals(mode)) {
            hall.histogram();
        } else {
            hall.hall();
        }
        System.exit(0);
    }

    private String arg(String key, String fallback) {
        return args.getOrDefault(key, fallback);
    }

    private int intArg(String key, int fallback) {
        return Integer.parseInt(arg(key, Integer.toString(fallback)));
    }

    private FlowTab newTab(int i, String link) {
        return new FlowTab(clients.get(i % clients.size()), base, link);
    }

    /** Opens {@code count} tabs, {@code perSecond} a second, on {@code threads} threads; failures are counted. */
    private List<FlowTab> openTabs(int count, double perSecond, int threads, String link) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("opener"));
        List<FlowTab> tabs = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + (long) (i / perSecond * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            done.add(pool.submit(() -> {
                FlowTab tab = newTab(index, link);
                try {
                    tab.open();
                    tabs.add(tab);
                } catch (Exception e) {
                    openFailures.incrementAndGet();
                    if (failureSamples.size() < 5) {
                        failureSamples.add(e.toString());
                    }
                    tab.abandon();
                }
            }));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        pool.shutdown();
        return tabs;
    }

    /** One of a few rates; tabs draw at random, so a tab may draw the rate it has (no restart then). */
    private static double rate() {
        return RATES[ThreadLocalRandom.current().nextInt(RATES.length)];
    }

    /** The next rate of a tab, always another than its last: every tweak restarts the runs. */
    private static double rate(AtomicInteger last) {
        int next = (last.get() + 1 + ThreadLocalRandom.current().nextInt(RATES.length - 1)) % RATES.length;
        last.set(next);
        return RATES[next];
    }

    /** A few tabs open, play, change α and close, so that the server's code paths are warm. */
    private void warmUp(String link) throws Exception {
        List<FlowTab> tabs = openTabs(5, 50, 5, link);
        for (int round = 0; round < 3; round++) {
            Thread.sleep(1000);
            tabs.forEach(t -> t.tweak(rate()));
        }
        Thread.sleep(1000);
        for (FlowTab t : tabs) {
            t.close();
        }
    }

    private void hall() throws Exception {
        int n = intArg("n", 50);
        int browsers = intArg("browsers", 5);
        String link = arg("link", "speed=100&steps=1000");
        double ramp = Double.parseDouble(arg("ramp", "20"));
        int settle = intArg("settle", 10);
        int window = intArg("window", 30);
        int tweakEvery = intArg("tweak", 5);
        String load = loadAverage();

        warmUp(link);
        Thread.sleep(2000);
        long baseHeap = server.heapAfterGc();
        int baseThreads = server.threads();

        BrowserTabs chromium = browsers > 0 ? new BrowserTabs(base + "/?" + link, browsers) : null;
        List<FlowTab> tabs = openTabs(n, ramp, 8, link);
        ScheduledExecutorService tweaker = Executors.newScheduledThreadPool(1, daemon("tweaker"));
        for (FlowTab t : tabs) {
            AtomicInteger last = new AtomicInteger(-1);
            tweaker.scheduleAtFixedRate(() -> t.tweak(rate(last)),
                    ThreadLocalRandom.current().nextLong(tweakEvery * 1000L), tweakEvery * 1000L, TimeUnit.MILLISECONDS);
        }
        long[] nextBrowserTweak = new long[browsers];
        AtomicInteger[] browserRates = new AtomicInteger[browsers];
        java.util.Arrays.setAll(browserRates, i -> new AtomicInteger(-1));
        for (int i = 0; i < browsers; i++) {
            nextBrowserTweak[i] = System.nanoTime() + ThreadLocalRandom.current().nextLong(tweakEvery * 1_000_000_000L);
        }
        sleepTweakingBrowsers(chromium, nextBrowserTweak, browserRates, settle, tweakEvery);

        tabs.forEach(t -> t.record(true));
        if (chromium != null) {
            chromium.record(true);
        }
        ApiCallers api = intArg("api", 0) > 0
                ? new ApiCallers(base.resolve("/api/trajectory?" + arg("apilink", link)), intArg("api", 0),
                        !arg("apiretry", "honour").equals("ignore")) : null;
        long wallStart = System.nanoTime();
        double serverCpu0 = server.cpuSeconds();
        double clientCpu0 = ServerProbe.cpuSeconds(ProcessHandle.current().pid());
        double browserCpu0 = BrowserTabs.cpuSeconds();
        sleepTweakingBrowsers(chromium, nextBrowserTweak, browserRates, window, tweakEvery);
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double serverCpu = (server.cpuSeconds() - serverCpu0) / wall;
        double clientCpu = (ServerProbe.cpuSeconds(ProcessHandle.current().pid()) - clientCpu0) / wall;
        double browserCpu = (BrowserTabs.cpuSeconds() - browserCpu0) / wall;
        tabs.forEach(t -> t.record(false));
        if (chromium != null) {
            chromium.record(false);
        }
        tweaker.shutdownNow();
        String apiFigures = api == null ? null : api.stop();

        long heap = server.heapAfterGc();
        int threads = server.threads();
        if (args.containsKey("histogram")) {
            List<Map.Entry<String, long[]>> top = new ArrayList<>(server.histogram().entrySet());
            top.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
            for (Map.Entry<String, long[]> e : top.subList(0, Math.min(25, top.size()))) {
                System.out.printf(Locale.ROOT, "%10.1f MB %10d  %s%n", e.getValue()[1] / 1e6, e.getValue()[0], e.getKey());
            }
        }
        int open = tabs.size() + (chromium == null ? 0 : chromium.size());
        double heapPerSession = (heap - baseHeap) / (double) Math.max(1, open);

        List<Double> gaps = new ArrayList<>();
        long frames = 0;
        long frameBytes = 0;
        int errors = 0;
        int silent = 0;
        long socketFrames = 0;
        int sockets = 0;
        for (FlowTab t : tabs) {
            FlowTab.Stats s = t.stats();
            socketFrames += s.socketFrames();
            sockets += s.socketsOpened();
            frames += s.arrivals().length;
            frameBytes += s.frameBytes();
            errors += s.errors();
            if (s.arrivals().length == 0) {
                silent++;
            }
            for (int k = 1; k < s.arrivals().length; k++) {
                gaps.add((s.arrivals()[k] - s.arrivals()[k - 1]) / 1e6);
            }
        }
        // Frames delivered to the protocol tabs per second of the server's CPU time (1e6 / this = CPU µs per frame).
        double framesPerCoreSecond = serverCpu == 0 ? 0 : frames / wall / serverCpu;
        double[] g = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] b = chromium == null ? new double[0]
                : chromium.gaps().stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        String row = String.format(Locale.ROOT,
                "%d\t%.2f\t%.0f\t%.2f\t%.2f\t%.0f\t%.0f\t%.0f\t%.0f\t%.1f\t%.0f\t%d\t%s\t%s\t%d→%d\t%s",
                n, serverCpu, framesPerCoreSecond, clientCpu, browserCpu, heapPerSession / 1024, pct(g, 50), pct(g, 99),
                max(g),
                frames / wall / Math.max(1, tabs.size()), frames == 0 ? 0 : frameBytes / (double) frames,
                errors + openFailures.get() + silent,
                b.length == 0 ? "-" : String.format(Locale.ROOT, "%.0f/%.0f", pct(b, 50), pct(b, 99)),
                load, baseThreads, threads, "");
        System.out.println("N\tserverCPU\tframes/core-s\tclientCPU\tchromiumCPU\theapKB/session\tp50ms\tp99ms\tmaxms\tframes/s/tab"
                + "\tbytes/frame\terrors\tchromium p50/p99 ms\tload(1,5,15) before\tthreads");
        System.out.println(row);
        System.out.printf(Locale.ROOT, "open failures %d %s, silent tabs %d, errors in tabs %d; heap %.1f MB → %.1f MB"
                        + " with %d tabs open; window %.1f s; %.0f µs of server CPU per frame; load after %s%n",
                openFailures.get(), failureSamples, silent, errors, baseHeap / 1e6, heap / 1e6, open, wall,
                framesPerCoreSecond == 0 ? 0 : 1e6 / framesPerCoreSecond, loadAverage());
        System.out.printf(Locale.ROOT, "frame sockets open %d of %d tabs; frames over them since the tabs opened %d%n",
                sockets, tabs.size(), socketFrames);
        if (apiFigures != null) {
            System.out.println(apiFigures);
        }
        if (args.containsKey("mgmt")) {
            System.out.println(storeMetrics(URI.create(args.get("mgmt"))));
        }
        if (args.containsKey("out")) {
            Files.writeString(Path.of(args.get("out")), row + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        closeAll(tabs);
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * Closes the tabs eight at a time, waiting two minutes at most: the figures are taken, and 300
     * heavy tabs closed one after another (each waiting up to 10 s for its socket's close) kept the
     * next hall from starting for minutes.
     */
    private static void closeAll(List<FlowTab> tabs) throws InterruptedException {
        ExecutorService closer = Executors.newFixedThreadPool(8, daemon("closer"));
        for (FlowTab t : tabs) {
            closer.submit(() -> {
                try {
                    t.close();
                } catch (IOException e) {
                    // a tab that cannot close is not this run's business
                }
                return null;
            });
        }
        closer.shutdown();
        if (!closer.awaitTermination(120, TimeUnit.SECONDS)) {
            tabs.forEach(FlowTab::abandon);
        }
    }

    /** Sleeps {@code seconds}, typing a new α into each Chromium window every {@code every} seconds. */
    private static void sleepTweakingBrowsers(BrowserTabs chromium, long[] next, AtomicInteger[] rates, int seconds,
                                              int every)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            for (int i = 0; chromium != null && i < next.length; i++) {
                if (now >= next[i]) {
                    chromium.tweak(i, rate(rates[i]));
                    next[i] += every * 1_000_000_000L;
                }
            }
            Thread.sleep(50);
        }
    }

    private void leak() throws Exception {
        int closed = intArg("closed", 1000);
        int abandoned = intArg("abandoned", 1000);
        int maxWait = intArg("wait", 600);
        String link = arg("link", "speed=100&steps=1000");
        PrintStream out = System.out;
        out.println("load before: " + loadAverage());
        warmUp(link);
        Thread.sleep(2000);
        Snapshot baseline = snapshot("baseline (after 5 warm-up tabs closed)");
        Map<String, long[]> baseClasses = server.histogram();

        long t0 = System.nanoTime();
        List<FlowTab> tabs = openTabs(closed, 50, 8, link);
        for (FlowTab t : tabs) {
            t.tweak(rate());
        }
        Thread.sleep(1000);
        ExecutorService closer = Executors.newFixedThreadPool(8, daemon("closer"));
        for (FlowTab t : tabs) {
            closer.submit(() -> {
                t.close();
                return null;
            });
        }
        closer.shutdown();
        closer.awaitTermination(10, TimeUnit.MINUTES);
        out.printf(Locale.ROOT, "%d tabs opened, tweaked and closed in %.0f s (%d failed to open)%n", tabs.size(),
                (System.nanoTime() - t0) / 1e9, openFailures.get());
        snapshot("after " + tabs.size() + " tabs closed");

        t0 = System.nanoTime();
        int failedBefore = openFailures.get();
        List<FlowTab> gone = openTabs(abandoned, 50, 8, link);
        for (FlowTab t : gone) {
            t.tweak(rate());
        }
        Thread.sleep(1000);
        gone.forEach(FlowTab::abandon);
        out.printf(Locale.ROOT, "%d tabs opened, tweaked and abandoned (socket dropped) in %.0f s (%d failed to open)%n",
                gone.size(), (System.nanoTime() - t0) / 1e9, openFailures.get() - failedBefore);
        if (!failureSamples.isEmpty()) {
            out.println("failures: " + failureSamples);
        }
        snapshot("just after abandoning " + gone.size() + " tabs");

        long deadline = System.nanoTime() + maxWait * 1_000_000_000L;
        Snapshot last;
        do {
            Thread.sleep(20_000);
            last = snapshot(String.format(Locale.ROOT, "%.0f s after abandoning", (System.nanoTime() - t0) / 1e9));
        } while (System.nanoTime() < deadline && !last.backTo(baseline));
        out.println(last.backTo(baseline) ? "BACK AT BASELINE" : "NOT BACK AT BASELINE within " + maxWait + " s");
        out.println("what the heap holds more than at the baseline (classes that grew most):");
        List<Map.Entry<String, long[]>> grew = new ArrayList<>();
        for (Map.Entry<String, long[]> e : server.histogram().entrySet()) {
            long[] b = baseClasses.getOrDefault(e.getKey(), new long[2]);
            grew.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]}));
        }
        grew.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        for (Map.Entry<String, long[]> e : grew.subList(0, Math.min(12, grew.size()))) {
            out.printf(Locale.ROOT, "  %+9.1f MB %+9d  %s%n", e.getValue()[1] / 1e6, e.getValue()[0], e.getKey());
        }
        out.println("load after: " + loadAverage());
    }

    /** Where the heap of open tabs goes: the class histogram with n tabs open minus the one before. */
    private void histogram() throws Exception {
        int n = intArg("n", 50);
        String link = arg("link", "speed=100&steps=1000");
        warmUp(link);
        Thread.sleep(2000);
        Map<String, long[]> before = server.histogram();
        List<FlowTab> tabs = openTabs(n, 20, 8, link);
        Thread.sleep(intArg("settle", 10) * 1000L);
        Map<String, long[]> after = server.histogram();
        List<Map.Entry<String, long[]>> diff = new ArrayList<>();
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            diff.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]}));
        }
        diff.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        long total = diff.stream().mapToLong(e -> e.getValue()[1]).sum();
        System.out.printf(Locale.ROOT, "%d tabs: %.0f KB per tab in all; per tab by class:%n", tabs.size(),
                total / 1024.0 / tabs.size());
        for (Map.Entry<String, long[]> e : diff.subList(0, Math.min(40, diff.size()))) {
            System.out.printf(Locale.ROOT, "%10.1f KB %8.1f objects  %s%n", e.getValue()[1] / 1024.0 / tabs.size(),
                    e.getValue()[0] / (double) tabs.size(), e.getKey());
        }
        for (FlowTab t : tabs) {
            t.close();
        }
    }

    private record Snapshot(Map<String, Long> live, long heap, int threads) {
        /** Every tab object at most as many as at the baseline. */
        boolean backTo(Snapshot baseline) {
            return live.entrySet().stream().allMatch(e -> e.getValue() <= baseline.live.get(e.getKey()));
        }
    }

    private Snapshot snapshot(String when) throws IOException, InterruptedException {
        Map<String, Long> live = server.liveInstances();
        long heap = server.heapAfterGc();
        int threads = server.threads();
        System.out.printf(Locale.ROOT, "%-44s heap %7.1f MB, threads %4d, live %s%n", when, heap / 1e6, threads, live);
        return new Snapshot(live, heap, threads);
    }

    /** The shared store's counters from the management port (absent on a server that has no store). */
    private String storeMetrics(URI management) {
        StringBuilder out = new StringBuilder("store:");
        for (String name : List.of("computations", "hits", "evictions", "updates", "bytes", "budget", "experiments")) {
            try {
                HttpResponse<String> r = clients.get(0).send(HttpRequest.newBuilder(
                        management.resolve("/actuator/metrics/playground.store." + name)).build(), HttpResponse.BodyHandlers.ofString());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"value\":([0-9.Ee+-]+)").matcher(r.body());
                out.append(' ').append(name).append('=').append(r.statusCode() == 200 && m.find()
                        ? String.format(Locale.ROOT, "%.0f", Double.parseDouble(m.group(1))) : "-");
            } catch (IOException | InterruptedException e) {
                out.append(' ').append(name).append("=?");
            }
        }
        return out.toString();
    }

    /**
     * {@code count} API clients calling {@code uri} over and over, each waiting for its answer before
     * asking again: for each call the status, when the answer began (headers) and when it ended.
     */
    private static final class ApiCallers {
        private final ExecutorService pool;
        private final ConcurrentLinkedQueue<double[]> calls = new ConcurrentLinkedQueue<>();
        private volatile boolean running = true;
        private final long start = System.nanoTime();

        /**
         * @param honourRetryAfter whether a caller told 503 waits the {@code Retry-After} it was given
         *     before asking again (what a well-behaved client does), or asks again at once
         */
        ApiCallers(URI uri, int count, boolean honourRetryAfter) {
            pool = Executors.newFixedThreadPool(count, daemon("api-caller"));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            for (int i = 0; i < count; i++) {
                pool.submit(() -> {
                    while (running) {
                        long asked = System.nanoTime();
                        long[] headers = {0};
                        try {
                            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).build(),
                                    info -> {
                                        headers[0] = System.nanoTime();
                                        return HttpResponse.BodySubscribers.discarding();
                                    });
                            long done = System.nanoTime();
                            calls.add(new double[] {r.statusCode(), (headers[0] - asked) / 1e6, (done - asked) / 1e6});
                            if (honourRetryAfter && r.statusCode() == 503) {
                                Thread.sleep(1000L * r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
                            }
                        } catch (IOException e) {
                            calls.add(new double[] {-1, (System.nanoTime() - asked) / 1e6, (System.nanoTime() - asked) / 1e6});
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
        }

        /** Stops asking (calls under way finish) and sums up. */
        String stop() throws InterruptedException {
            running = false;
            pool.shutdown();
            pool.awaitTermination(180, TimeUnit.SECONDS);
            double wall = (System.nanoTime() - start) / 1e9;
            List<double[]> all = new ArrayList<>(calls);
            double[] okStart = all.stream().filter(c -> c[0] == 200).mapToDouble(c -> c[1]).sorted().toArray();
            double[] okEnd = all.stream().filter(c -> c[0] == 200).mapToDouble(c -> c[2]).sorted().toArray();
            double[] busy = all.stream().filter(c -> c[0] == 503).mapToDouble(c -> c[2]).sorted().toArray();
            long other = all.stream().filter(c -> c[0] != 200 && c[0] != 503).count();
            return String.format(Locale.ROOT, "api: %d calls in %.0f s: %d answered (answer began p50 %.0f / p99 %.0f /"
                            + " max %.0f ms after asking; ended p50 %.0f / max %.0f ms), %d × 503 (p50 %.0f / max %.0f ms"
                            + " after asking), %d other",
                    all.size(), wall, okStart.length, pct(okStart, 50), pct(okStart, 99), max(okStart), pct(okEnd, 50),
                    max(okEnd), busy.length, pct(busy, 50), max(busy), other);
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + "," + f[1] + "," + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
