package org.optimizerplayground.perf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one redraw of each chart costs in headless Chromium once a page holds long runs (run
 * with {@code bench/redraw.sh}; not part of {@code mvn test}): eight runs on Rosenbrock at
 * {@code speed=max} with 200, 1 000 and 5 000 updates (the server sends at most ~5 000 points per
 * run), then each chart's Chart.js {@code update('none')} is timed 20 times, each followed by a
 * 1-pixel {@code getImageData} that makes Chromium finish drawing the canvas. On a shared, noisy
 * machine the minimum is the figure to compare (the median is shown too).
 *
 * <p>Usage: {@code RedrawCost <base-url> [steps,…]}.
 */
public final class RedrawCost {
    private static final String EIGHT = "&run=adam(lr=0.001)&run=momentum(lr=0.0001)&run=sgd(lr=0.0001)"
            + "&run=rmsprop(lr=0.001)&run=nadam(lr=0.001)&run=adagrad(lr=0.01)&run=adamax(lr=0.001)"
            + "&run=lion(lr=0.0001)";

    private static final String TIME = """
            const out = [];
            for (const el of document.querySelectorAll('contour-chart, series-chart')) {
              const c = el.chart;
              if (!c || el.offsetParent === null) continue;
              const points = c.data.datasets.reduce((s, d) => s + (d.data ? d.data.length : 0), 0);
              c.ctx.getImageData(0, 0, 1, 1);
              const ms = [];
              for (let i = 0; i < 20; i++) {
                const t0 = performance.now();
                c.update('none');
                c.ctx.getImageData(0, 0, 1, 1);
                ms.push(performance.now() - t0);
              }
              ms.sort((a, b) => a - b);
              out.push([el.id || el.tagName.toLowerCase(), points, ms[0], ms[10]]);
            }
            return out;
            """;

    private RedrawCost() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:18091";
        String[] steps = (args.length > 1 ? args[1] : "200,1000,5000").split(",");
        System.out.println("Redraw cost against " + base + "; " + PerfBrowser.load());
        System.out.println("| runs × updates | chart | points | min ms | median ms |");
        System.out.println("|---|---|---|---|---|");
        try (PerfBrowser b = new PerfBrowser(base)) {
            for (String n : steps) {
                b.open("/?speed=max&steps=" + n + EIGHT);
                Thread.sleep(2000);
                @SuppressWarnings("unchecked")
                List<List<Object>> rows = (List<List<Object>>) b.js(TIME);
                for (List<Object> r : rows) {
                    System.out.printf(Locale.ROOT, "| 8 × %s | %s | %d | %.1f | %.1f |%n", n, r.get(0),
                            ((Number) r.get(1)).longValue(), ((Number) r.get(2)).doubleValue(),
                            ((Number) r.get(3)).doubleValue());
                }
                b.closeTabs();
            }
        }
        System.out.println("(end: " + PerfBrowser.load() + ")");
    }
}
