package org.optimizerplayground.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Interaction latency of the page, measured in headless Chromium against a running server
 * (run with {@code bench/latency.sh}; not part of {@code mvn test}).
 *
 * <ul>
 *   <li><b>α → map</b> ({@code speed=max}, the default race of three runs on Rosenbrock): run 1's
 *       learning rate is changed 100 times, by its slider (one arrow key) and by its field
 *       (typing a value, then Tab). Latency = from the browser's {@code input}/{@code change}
 *       event to the end of the map's Chart.js {@code update} that draws the new paths (and to the
 *       end of that frame).</li>
 *   <li><b>step → rule</b> ({@code play=false}): 100 clicks on {@code step}. Latency = from the
 *       {@code click} event to the end of the update-rule panel's {@code show} (KaTeX rendered into
 *       the DOM with the new numbers) and to the end of the frame that paints it.</li>
 * </ul>
 *
 * <p>All times are read on the page's own clock ({@code performance.now()} and the events'
 * {@code timeStamp}, Chromium's performance timeline), by wrapping the chart's {@code update} and
 * the elements' {@code appendPoints}/{@code show} on this one page: the product code is not
 * changed. "End of frame" is a {@code setTimeout(0)} queued from the next animation frame after
 * the change, i.e. after that frame's style, layout and paint. Each interaction waits for the
 * previous one to be drawn, then 150 ms; the first 10 are warm-up and not counted. The
 * breakdown splits the time into the round trip (event → the server's answer reaches the
 * element: Vaadin client, websocket, server, back), applying the answer in the element
 * (parse + KaTeX, or parse + push), and waiting for the frame and drawing.
 *
 * <p>Usage: {@code InteractionLatency <base-url> [count]}.
 */
public final class InteractionLatency {
    private static final int WARMUP = 10;

    /** Installs the probes (once per tab). */
    private static final String PROBES = """
            const map = document.getElementById('contour-chart');
            const rule = document.getElementById('update-rule');
            const P = { events: [], appends: [], draws: [], shows: [] };
            map.__perf = P;
            const afterFrame = (rec) => requestAnimationFrame(() => { rec.frame = performance.now();
                setTimeout(() => { rec.after = performance.now(); }, 0); });
            for (const type of ['input', 'change', 'click']) {
              document.addEventListener(type, (e) => {
                const ids = e.composedPath().filter(n => n && n.id).map(n => n.id);
                P.events.push({ type, ids, t: e.timeStamp });
              }, true);
            }
            const chart = map.chart;
            const update = chart.update;
            chart.update = function () {
              const rec = { t0: performance.now() };
              const r = update.apply(this, arguments);
              rec.t1 = performance.now();
              P.draws.push(rec);
              setTimeout(() => { rec.after = performance.now(); }, 0);
              return r;
            };
            const append = map.appendPoints;
            map.appendPoints = function (json) {
              // A frame's decoded parts (frame-channel.ts): 16 bytes a point; JSON from other callers: its length.
              const bytes = typeof json === 'string' ? json.length : json.reduce((n, p) => n + 16 * p.x.length, 0);
              const rec = { t0: performance.now(), bytes };
              const r = append.apply(this, arguments);
              rec.t1 = performance.now();
              P.appends.push(rec);
              return r;
            };
            const show = rule.show;
            rule.show = function (json) {
              const rec = { t0: performance.now() };
              const r = show.apply(this, arguments);
              rec.t1 = performance.now();
              try { rec.first = String((JSON.parse(json).substituted || [])[0] || ''); } catch (e) { rec.first = ''; }
              P.shows.push(rec);
              afterFrame(rec);
              return r;
            };
            return true;
            """;

    /** Counts of what the probes have recorded so far. */
    private static final String COUNTS = """
            const P = document.getElementById('contour-chart').__perf;
            return [P.events.length, P.appends.length, P.draws.length, P.shows.length,
                    window.__perfWs ? window.__perfWs.sent.length : 0, window.__perfWs ? window.__perfWs.received.length : 0];
            """;

    /**
     * Waits for the map to be redrawn after the first {@code input}/{@code change} event on
     * element {@code id} recorded from index {@code e0} on; answers the times.
     */
    private static final String WAIT_MAP = """
            const [id, type, e0, a0, d0, w0, r0] = arguments;
            const done = arguments[arguments.length - 1];
            const P = document.getElementById('contour-chart').__perf;
            const until = performance.now() + 10000;
            (function poll() {
              const ev = P.events.slice(e0).find(e => e.ids.includes(id) && e.type === type);
              const ap = ev && P.appends.slice(a0).find(a => a.t0 >= ev.t);
              const dr = ap && P.draws.slice(d0).find(d => d.t0 >= ap.t1);
              if (dr && dr.after !== undefined) {
                const W = window.__perfWs;
                const sent = W ? W.sent.slice(w0).find(m => m.t >= ev.t) : null;
                const recv = sent ? W.received.slice(r0).filter(m => m.t >= sent.t && m.t <= ap.t0).pop() : null;
                return done({ ok: true, input: ev.t, sent: sent ? sent.t : null, received: recv ? recv.t : null,
                              recvBytes: recv ? recv.n : null, answer: ap.t0, applied: ap.t1, drawStart: dr.t0,
                              drawn: dr.t1, after: dr.after, bytes: ap.bytes });
              }
              if (performance.now() > until) return done({ ok: false, ev: !!ev, ap: !!ap, dr: !!dr });
              setTimeout(poll, 2);
            })();
            """;

    /** Waits for the update-rule panel to show the next update after the {@code click} on step. */
    private static final String WAIT_RULE = """
            const [e0, s0, w0, r0] = arguments;
            const done = arguments[arguments.length - 1];
            const P = document.getElementById('contour-chart').__perf;
            const until = performance.now() + 10000;
            (function poll() {
              const ev = P.events.slice(e0).find(e => e.ids.includes('step') && e.type === 'click');
              const sh = ev && P.shows.slice(s0).find(s => s.t0 >= ev.t);
              if (sh && sh.after !== undefined) {
                const W = window.__perfWs;
                const sent = W ? W.sent.slice(w0).find(m => m.t >= ev.t) : null;
                const recv = sent ? W.received.slice(r0).filter(m => m.t >= sent.t && m.t <= sh.t0).pop() : null;
                return done({ ok: true, input: ev.t, sent: sent ? sent.t : null, received: recv ? recv.t : null,
                              recvBytes: recv ? recv.n : null, answer: sh.t0, applied: sh.t1, drawStart: sh.frame,
                              drawn: sh.frame, after: sh.after, first: sh.first });
              }
              if (performance.now() > until) return done({ ok: false, ev: !!ev, sh: !!sh });
              setTimeout(poll, 2);
            })();
            """;

    private InteractionLatency() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18091";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        System.out.println("Interaction latency against " + base + ", " + count + " interactions each (+"
                + WARMUP + " warm-up); " + PerfBrowser.load());
        List<String> rows = new ArrayList<>();
        try (PerfBrowser browser = new PerfBrowser(base)) {
            rows.add(alphaToMap(browser, count, true));
            rows.add(alphaToMap(browser, count, false));
            rows.add(stepToRule(browser, count));
        }
        System.out.println();
        System.out.println("| interaction | n | p50 ms | p95 ms | max ms | median round trip | median apply | median frame+draw |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println("(end: " + PerfBrowser.load() + ")");
    }

    private static String alphaToMap(PerfBrowser b, int count, boolean slider) {
        b.open("/?speed=max");
        b.js(PROBES);
        Samples s = new Samples();
        String id = slider ? "param-1-lr-slider" : "param-1-lr";
        String type = slider ? "input" : "change";
        for (int i = 0; i < count + WARMUP; i++) {
            List<?> c = (List<?>) b.js(COUNTS);
            if (slider) {
                WebElement el = b.driver.findElement(By.id(id));
                el.sendKeys(i % 2 == 0 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
            } else {
                WebElement el = b.driver.findElement(By.cssSelector("#param-1-lr input"));
                el.sendKeys(Keys.chord(Keys.CONTROL, "a"), i % 2 == 0 ? "0.00123" : "0.00234", Keys.TAB);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) b.asyncJs(WAIT_MAP, id, type, c.get(0), c.get(1), c.get(2), c.get(4), c.get(5));
            if (!Boolean.TRUE.equals(r.get("ok"))) {
                throw new IllegalStateException("no redraw after change " + i + ": " + r);
            }
            if (i >= WARMUP) {
                s.add(r);
            }
            pause(150);
        }
        b.closeTabs();
        return s.row(slider ? "α slider (arrow key) → map drawn, speed=max, 3 runs × 200 updates"
                : "α field (type + Tab) → map drawn, speed=max, 3 runs × 200 updates");
    }

    private static String stepToRule(PerfBrowser b, int count) {
        b.open("/?play=false&steps=1000");
        b.js(PROBES);
        Samples s = new Samples();
        String previous = null;
        for (int i = 0; i < count + WARMUP; i++) {
            List<?> c = (List<?>) b.js(COUNTS);
            b.driver.findElement(By.id("step")).click();
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) b.asyncJs(WAIT_RULE, c.get(0), c.get(3), c.get(4), c.get(5));
            if (!Boolean.TRUE.equals(r.get("ok"))) {
                throw new IllegalStateException("no rule update after step " + i + ": " + r);
            }
            String first = String.valueOf(r.get("first"));
            if (first.equals(previous)) {
                throw new IllegalStateException("the rule's numbers did not change after step " + i + ": " + first);
            }
            previous = first;
            if (i >= WARMUP) {
                s.add(r);
            }
            pause(150);
        }
        b.closeTabs();
        return s.row("step click → update-rule shown (KaTeX), 3 runs, paused");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Per interaction: total (event → end of frame), and its parts. */
    private static final class Samples {
        final List<Double> total = new ArrayList<>();
        final List<Double> drawnOnly = new ArrayList<>();
        final List<Double> roundTrip = new ArrayList<>();
        final List<Double> apply = new ArrayList<>();
        final List<Double> frame = new ArrayList<>();
        final List<Double> clientOut = new ArrayList<>();
        final List<Double> server = new ArrayList<>();
        final List<Double> clientIn = new ArrayList<>();
        final List<Double> waitFrame = new ArrayList<>();
        final List<Double> draw = new ArrayList<>();
        final List<Double> rest = new ArrayList<>();
        final List<Double> bytes = new ArrayList<>();

        void add(Map<String, Object> r) {
            double input = d(r, "input");
            double answer = d(r, "answer");
            double applied = d(r, "applied");
            double drawn = d(r, "drawn");
            double after = d(r, "after");
            total.add(after - input);
            drawnOnly.add(drawn - input);
            roundTrip.add(answer - input);
            apply.add(applied - answer);
            frame.add(after - applied);
            double sent = d(r, "sent");
            double received = d(r, "received");
            clientOut.add(sent - input);
            server.add(received - sent);
            clientIn.add(answer - received);
            waitFrame.add(d(r, "drawStart") - applied);
            draw.add(drawn - d(r, "drawStart"));
            rest.add(after - drawn);
            bytes.add(d(r, "recvBytes"));
        }

        String row(String what) {
            System.out.printf(Locale.ROOT, "%s: to end of frame p50 %.1f p95 %.1f max %.1f ms;"
                            + " to drawn/shown p50 %.1f p95 %.1f ms%n", what,
                    Stats.percentile(total, 50), Stats.percentile(total, 95), Stats.max(total),
                    Stats.percentile(drawnOnly, 50), Stats.percentile(drawnOnly, 95));
            System.out.printf(Locale.ROOT, "  medians: event→ws send %.1f | ws send→answer received (server + network) %.1f"
                            + " (answer %.0f chars) | received→element called (Vaadin client applies the answer) %.1f"
                            + " | element applies %.1f | wait for frame %.1f | draw %.1f | rest of frame (other charts,"
                            + " layout, paint) %.1f ms%n",
                    Stats.percentile(clientOut, 50), Stats.percentile(server, 50), Stats.percentile(bytes, 50),
                    Stats.percentile(clientIn, 50), Stats.percentile(apply, 50), Stats.percentile(waitFrame, 50),
                    Stats.percentile(draw, 50), Stats.percentile(rest, 50));
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", what,
                    total.size(), Stats.percentile(total, 50), Stats.percentile(total, 95), Stats.max(total),
                    Stats.percentile(roundTrip, 50), Stats.percentile(apply, 50), Stats.percentile(frame, 50));
        }

        private static double d(Map<String, Object> r, String key) {
            Object v = r.get(key);
            return v == null ? Double.NaN : ((Number) v).doubleValue();
        }
    }
}
