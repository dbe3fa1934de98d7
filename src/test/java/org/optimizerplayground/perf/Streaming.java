package org.optimizerplayground.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;

/**
 * Streaming while playing, measured in headless Chromium against a running server (run with
 * {@code bench/streaming.sh}; not part of {@code mvn test}): at 10, 100, 1000 and 5000 updates
 * per second, with 1 run and with 8 runs on Rosenbrock, how many frames per second the page
 * receives and how far what it shows is behind what the server has computed.
 *
 * <p>One tab per configuration, opened paused ({@code play=false}) with enough updates to play
 * for the whole measurement; then {@code play} is clicked and the page is watched for
 * {@code seconds} (default 10). Everything is read on the page's clock
 * ({@code performance.now()}), without any change to the product:
 *
 * <ul>
 *   <li>A <b>frame</b> is a change of the k that run 1's status chip shows ({@code #status-1},
 *       "…: k = 123"), seen by a {@code MutationObserver} in the same task that applies the
 *       pushed message. Also counted: the map's {@code appendPoints} calls and its Chart.js
 *       redraws per second, and websocket messages per second.</li>
 *   <li><b>Lag</b> of a frame = the page's wall clock ({@code Date.now()}) when the map gets
 *       it minus the server's wall clock when it made it (the {@code "t"} that
 *       {@code ContourChart.appendPoints} puts in each frame; same machine, same clock): how far
 *       what the page shows is behind what the server has computed. It includes the websocket,
 *       any queue in front of the page, and the Vaadin client's work before the map is called.</li>
 *   <li><b>Behind schedule</b> = how far the shown k is behind {@code speed × elapsed}: the
 *       server's session computes {@code speed × (elapsed + 1/30 s)} updates by its tick at
 *       {@code elapsed} after play (its first tick is immediate and covers one 1/30 s frame;
 *       {@code SimulationSession.tick}), so this is {@code (t − t₀) + 1/30 s − k / speed}, with t₀
 *       the moment the play click's message left the page. Beyond the lag it counts time the
 *       server itself lost (a tick later than 250 ms, on a starved machine, gives up the rest).</li>
 *   <li><b>Growing backlog</b>: the least-squares slope of each over time (ms per s of play); a
 *       steady stream has a slope near 0.</li>
 *   <li>The page's main-thread time per second of play, from Chromium's own counters
 *       (CDP {@code Performance.getMetrics}).</li>
 * </ul>
 *
 * <p>Usage: {@code Streaming <base-url> [seconds] [runs,…] [speeds,…]} (defaults: 10, {@code 1,8},
 * {@code 10,100,1000,5000}).
 */
public final class Streaming {
    private static final int[] SPEEDS = {10, 100, 1000, 5000};
    /** Eight runs that stay on Rosenbrock for 100 000 updates (small rates). */
    private static final String EIGHT = "&run=adam(lr=0.001)&run=momentum(lr=0.0001)&run=sgd(lr=0.0001)"
            + "&run=rmsprop(lr=0.001)&run=nadam(lr=0.001)&run=adagrad(lr=0.01)&run=adamax(lr=0.001)"
            + "&run=lion(lr=0.0001)";
    private static final String ONE = "&run=adam(lr=0.001)";

    private static final String PROBES = """
            const map = document.getElementById('contour-chart');
            const chip = document.getElementById('status-1');
            const P = { frames: [], appends: [], draws: [], play: null };
            map.__perf = P;
            document.addEventListener('click', (e) => {
              if (P.play === null && e.composedPath().some(n => n && n.id === 'play')) P.play = e.timeStamp;
            }, true);
            let last = -1;
            new MutationObserver(() => {
              // "…: k = 12,345" (the page groups digits in the reader's language).
              const m = /k = ([\\d,.\\u00a0\\u202f ]+)\\)?$/.exec(chip.textContent)
                  || /after ([\\d,.\\u00a0\\u202f ]+) updates/.exec(chip.textContent);
              const k = m ? Number(m[1].replace(/\\D/g, '')) : NaN;
              if (k !== last) { P.frames.push({ t: performance.now(), k }); last = k; }
            }).observe(chip, { childList: true, characterData: true, subtree: true });
            const append = map.appendPoints;
            map.appendPoints = function (json) {
              // A frame's points come with the server's send time (frame-channel.ts); JSON
              // {"t":<server ms>,"runs":…} from the other callers carries it in "t".
              const m = typeof json === 'string' ? /^\\{"t":(\\d+)/.exec(json) : null;
              const t = typeof json === 'string' ? (m ? Number(m[1]) : null) : (arguments[1] ?? null);
              P.appends.push([performance.now(), Date.now(), t]);
              return append.apply(this, arguments);
            };
            const chart = map.chart;
            const update = chart.update;
            chart.update = function () { P.draws.push(performance.now()); return update.apply(this, arguments); };
            return true;
            """;

    private static final String COLLECT = """
            const P = document.getElementById('contour-chart').__perf;
            const W = window.__perfWs;
            const sent = W ? W.sent.find(m => m.t >= P.play) : null;
            return { play: P.play, sent: sent ? sent.t : P.play, now: performance.now(),
                     frames: P.frames.map(f => [f.t, f.k]), appends: P.appends, draws: P.draws,
                     received: W ? W.received.map(m => m.t) : [], sizes: W ? W.received.filter(m => m.t >= P.play).map(m => m.n) : [], status: document.getElementById('run-status').textContent };
            """;

    private Streaming() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18091";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int[] runCounts = args.length > 2 ? ints(args[2]) : new int[] {1, 8};
        int[] speeds = args.length > 3 ? ints(args[3]) : SPEEDS;
        System.out.println("Streaming against " + base + ", " + seconds + " s per configuration; " + PerfBrowser.load());
        List<String> rows = new ArrayList<>();
        try (PerfBrowser browser = new PerfBrowser(base)) {
            for (int runs : runCounts) {
                for (int speed : speeds) {
                    rows.add(measure(browser, runs, speed, seconds));
                }
            }
        }
        System.out.println();
        System.out.println("| runs | speed (updates/s) | frames/s | map frames/s | map redraws/s | p95 gap ms"
                + " | lag p50 ms | lag p95 ms | lag max ms | lag slope ms/s"
                + " | behind schedule p50 ms | behind schedule p95 ms | its slope ms/s | page main thread busy ms/s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println("(end: " + PerfBrowser.load() + ")");
    }

    @SuppressWarnings("unchecked")
    private static String measure(PerfBrowser b, int runs, int speed, int seconds) throws InterruptedException {
        int steps = (int) Math.min(100_000, (long) speed * (seconds + 5));
        b.open("/?speed=" + speed + "&play=false&steps=" + steps + (runs == 1 ? ONE : EIGHT));
        b.js(PROBES);
        // Let the page settle (fonts, first layout) before playing.
        Thread.sleep(1000);
        b.driver.executeCdpCommand("Performance.enable", Map.of());
        Map<String, Double> before = metrics(b);
        b.driver.findElement(By.id("play")).click();
        Thread.sleep(seconds * 1000L + 200);
        Map<String, Object> r = (Map<String, Object>) b.js(COLLECT);
        Map<String, Double> after = metrics(b);
        b.closeTabs();

        double t0 = ((Number) r.get("sent")).doubleValue();
        double end = t0 + seconds * 1000.0;
        List<Double> times = new ArrayList<>();
        List<Double> lags = new ArrayList<>();
        for (Object o : (List<Object>) r.get("frames")) {
            List<Number> f = (List<Number>) o;
            double t = f.get(0).doubleValue();
            if (t < t0 || t > end || f.get(1) == null) {
                continue;
            }
            double k = f.get(1).doubleValue();
            if (k == 0) {
                continue; // the paused page before the first tick
            }
            times.add((t - t0) / 1000);
            lags.add((t - t0) + 1000.0 / 30 - 1000.0 * k / speed);
        }
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            gaps.add(1000 * (times.get(i) - times.get(i - 1)));
        }
        double span = times.size() > 1 ? times.get(times.size() - 1) - times.get(0) : Double.NaN;
        double fps = (times.size() - 1) / span;
        // Delivery lag: the page's wall clock when the map gets the frame minus the server's wall
        // clock when it made it (same machine, same clock).
        List<Double> appendTimes = new ArrayList<>();
        List<Double> delivery = new ArrayList<>();
        List<Double> deliveryAt = new ArrayList<>();
        for (Object o : (List<Object>) r.get("appends")) {
            List<Number> a = (List<Number>) o;
            appendTimes.add(a.get(0).doubleValue());
            if (a.get(0).doubleValue() >= t0 && a.get(0).doubleValue() <= end && a.get(2) != null) {
                deliveryAt.add((a.get(0).doubleValue() - t0) / 1000);
                delivery.add(a.get(1).doubleValue() - a.get(2).doubleValue());
            }
        }
        double appends = rate(new ArrayList<>(appendTimes), t0, end);
        double messages = rate((List<Object>) r.get("received"), t0, end);
        List<Double> sizes = ((List<Object>) r.get("sizes")).stream().map(o -> ((Number) o).doubleValue()).toList();
        double kbPerSecond = sizes.stream().mapToDouble(Double::doubleValue).sum() / 1000 / (((Number) r.get("now")).doubleValue() - t0) * 1000;
        double draws = rate((List<Object>) r.get("draws"), t0, end);
        String status = String.valueOf(r.get("status"));
        // Chromium's own counters (CDP Performance.getMetrics, seconds): how busy the page's main
        // thread was while playing, in ms per second of play.
        double wall = (after.get("Timestamp") - before.get("Timestamp"));
        double script = 1000 * (after.get("ScriptDuration") - before.get("ScriptDuration")) / wall;
        double layout = 1000 * (after.get("LayoutDuration") - before.get("LayoutDuration")) / wall;
        double style = 1000 * (after.get("RecalcStyleDuration") - before.get("RecalcStyleDuration")) / wall;
        double task = 1000 * (after.get("TaskDuration") - before.get("TaskDuration")) / wall;
        System.out.printf(Locale.ROOT, "  main thread busy %.0f ms/s: script %.0f, layout %.0f, style %.0f, other (paint, raster,"
                + " GC, parsing…) %.0f ms/s; websocket messages %.1f/s, %.0f kB/s, median %.1f kB, largest %.0f kB%n", task,
                script, layout, style, task - script - layout - style, messages, kbPerSecond,
                Stats.percentile(sizes, 50) / 1000, Stats.max(sizes) / 1000);
        String warn = status.contains("diverged") ? " (a run diverged: " + status + ")" : "";
        System.out.printf(Locale.ROOT, "%d run(s) at %d/s: %.1f frames/s, lag p50 %.1f p95 %.1f ms, slope %.2f ms/s;"
                        + " behind schedule p50 %.1f p95 %.1f ms, slope %.2f ms/s; %s%s%n",
                runs, speed, fps, Stats.percentile(delivery, 50), Stats.percentile(delivery, 95),
                Stats.slope(deliveryAt, delivery), Stats.percentile(lags, 50), Stats.percentile(lags, 95),
                Stats.slope(times, lags), PerfBrowser.load(), warn);
        return String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f"
                        + " | %.0f |", runs, speed, fps, appends, draws, Stats.percentile(gaps, 95),
                Stats.percentile(delivery, 50), Stats.percentile(delivery, 95), Stats.max(delivery),
                Stats.slope(deliveryAt, delivery), Stats.percentile(lags, 50), Stats.percentile(lags, 95),
                Stats.slope(times, lags), task);
    }

    private static int[] ints(String csv) {
        return java.util.Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** CDP {@code Performance.getMetrics} as name → value. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> metrics(PerfBrowser b) {
        Map<String, Object> m = b.driver.executeCdpCommand("Performance.getMetrics", Map.of());
        Map<String, Double> out = new java.util.HashMap<>();
        for (Object o : (List<Object>) m.get("metrics")) {
            Map<String, Object> e = (Map<String, Object>) o;
            out.put((String) e.get("name"), ((Number) e.get("value")).doubleValue());
        }
        return out;
    }

    /** Events per second within [from, to] (page clock, ms). */
    private static double rate(List<Object> times, double from, double to) {
        long n = times.stream().mapToDouble(o -> ((Number) o).doubleValue()).filter(t -> t >= from && t <= to).count();
        return n / ((to - from) / 1000);
    }
}
