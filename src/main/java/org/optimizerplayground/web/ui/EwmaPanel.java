package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.optimizerplayground.engine.analysis.EffectiveRate;
import org.optimizerplayground.engine.analysis.Ewma;
import org.optimizerplayground.engine.analysis.ExplainerReplay;
import org.optimizerplayground.engine.analysis.SharedExplainer;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.run.Status;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/**
 * The EWMA explainer: for the run in focus, one gradient component per update next to its
 * exponentially weighted average m and the bias-corrected m̂ (and the same for ∂θ², s, ŝ), with
 * β from the run's settings — the lecture's "exponential weighted average" and "correction to
 * avoid values biased to zero" slides, on the numbers of the current run — and the rate each
 * parameter gets per update, the lecture's "adaptive learning rate".
 */
final class EwmaPanel extends Div implements Frame.View {
    /** While playing, the explainer redraws at most once a second (it replays the run in focus). */
    static final long REFRESH_NANOS = 1_000_000_000L;

    private static final String[] COLORS = {"#9e9e9e", "#0072B2", "#D55E00"};

    private final SeriesChart first = new SeriesChart();
    private final SeriesChart second = new SeriesChart();
    private final SeriesChart rates = new SeriesChart();
    private final Select<Integer> component = new Select<>();
    private final Paragraph caption = new Paragraph();
    private Frame last;
    /** What the page last said: whether the explainer is in (or near) the viewport. */
    private boolean inView = true;
    private long lastNanos;
    /** What the charts show: the run (by its place and epoch) and component, and how many updates of it. */
    private long shownEpoch = -1;
    private long replayEpoch = -1;
    private int shownRun = -1;
    private int shownComponent = -1;
    private int shownUpdates;
    private ExplainerReplay replay;
    /** A long run's replay, shared with every tab that shows the same run, and the run and epoch it belongs to. */
    private SharedExplainer shared;
    private long sharedEpoch = -1;
    private int sharedRun = -1;

    EwmaPanel() {
        setId("ewma");
        addClassName("ewma");
        first.setId("ewma-chart");
        second.setId("ewma-s-chart");
        rates.setId("rate-chart");
        // Text alternatives in the page's language (see PlaygroundView: role img on the element).
        for (var chart : java.util.Map.of(first, "a11y.ewma", second, "a11y.ewma-s", rates, "a11y.rate").entrySet()) {
            chart.getKey().getElement().setAttribute("role", "img");
            chart.getKey().getElement().setAttribute("aria-label", getTranslation(chart.getValue()));
        }
        first.addClassName("ewma-chart");
        second.addClassName("ewma-chart");
        rates.addClassName("ewma-chart");
        component.setLabel(getTranslation("ewma.component"));
        component.setId("ewma-component");
        component.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                if (last != null) {
                    lastNanos = 0;
                    draw(last, SeriesChart::append);
                }
            }
        });
        caption.addClassName("ewma-caption");
        Div charts = new Div(first, second, rates);
        charts.addClassName("curves");
        add(new H3(getTranslation("ewma.title")), component, caption, charts);
        // The page says when the explainer scrolls into or out of view: out of view it is neither
        // replayed nor sent (its nine series were most of the answer to an α change of the run in
        // focus); back in view it is brought up to date at once.
        InView.watch(this, this::inView);
    }

    /** The DOM event the page fires when the explainer enters or leaves the viewport ({@link InView}). */
    static final String IN_VIEW = InView.EVENT;

    /** The explainer came into view ({@code true}) or left it; coming back, it shows the latest frame. */
    void inView(boolean now) {
        boolean cameBack = now && !inView;
        inView = now;
        if (cameBack && last != null) {
            lastNanos = 0;
            draw(last, SeriesChart::append);
        }
    }

    @Override
    public void draw(Frame frame) {
        draw(frame, (chart, points) -> frame.message().series(chart.getId().orElseThrow(), points));
    }

    /** Where the new points go: the frame's message, or straight to the chart outside a frame. */
    @FunctionalInterface
    private interface Out {
        void send(SeriesChart chart, List<SeriesChart.Points> points);
    }

    private void draw(Frame frame, Out out) {
        last = frame.kept(); // without its message: sent, and up to ~1 MB
        long now = System.nanoTime();
        boolean exact = frame.exact() || frame.renamed() || !frame.playing();
        if (!isVisible() || !inView || !exact && now - lastNanos < REFRESH_NANOS) {
            return;
        }
        lastNanos = now;
        int focus = frame.focus();
        Frame.Run shownRunNow = frame.runs().get(focus);
        show(frame.experiment(), focus, shownRunNow.trajectory(), shownRunNow.epoch(), frame.labels().get(focus), out);
    }

    /**
     * Draws the averages of run {@code run} over the updates of {@code points} (its trajectory as
     * far as the frame shows it). When the charts already show the first updates of that same run,
     * only the new updates are sent (a playing run grows by a few points between two calls, and its
     * whole series would be tens of KB), and only they are computed: the {@link ExplainerReplay}
     * goes on from where it stopped, along the points the store has (no surface is evaluated again).
     *
     * @param epoch the run's epoch ({@link Frame.Run#epoch()}): the same epoch, the same numbers,
     *     whatever happened to the other runs
     */
    private void show(Experiment e, int run, Trajectory shownTrajectory, long epoch, String label, Out out) {
        int updates = shownTrajectory.size() - 1;
        List<Integer> components = e.dimension() == 1 ? List.of(0) : List.of(0, 1);
        if (!components.equals(component.getListDataView().getItems().toList())) {
            component.setItems(components);
            component.setItemLabelGenerator(i -> e.dimension() == 1 ? "w" : i == 0 ? "θ₁ (x)" : "θ₂ (y)");
            component.setValue(0);
        }
        component.setVisible(e.dimension() == 2);
        int i = component.getValue() == null ? 0 : component.getValue();
        // Points already drawn (k ≤ shownUpdates) are kept unless anything but their number changed.
        int from = epoch == shownEpoch && run == shownRun && i == shownComponent
                && updates >= shownUpdates && SharedExplainer.stride(updates) == SharedExplainer.stride(shownUpdates)
                ? shownUpdates : -1;
        shownEpoch = epoch;
        shownRun = run;
        shownComponent = i;
        shownUpdates = updates;
        if (from == updates) {
            return;
        }
        // Every update up to 5 000, else about 1 000: a power-of-two stride, so a growing run's
        // explainer is resent whole only when its stride doubles (five times in 100 000 updates).
        int stride = SharedExplainer.stride(updates);
        java.util.function.IntFunction<IntToDoubleFunction[]> read;
        int count;
        if (stride > 1) {
            // A long run: its replay is the same in every tab that shows it, playing or ended, made
            // once and kept with the run's stored points (each tab replaying 5 000 updates a second
            // of the run in focus was a third of a hall's server CPU).
            if (shared == null || sharedEpoch != epoch || sharedRun != run) {
                shared = shownTrajectory.growing(SharedExplainer.class, () -> new SharedExplainer(e, run));
                sharedEpoch = epoch;
                sharedRun = run;
            }
            SharedExplainer source = shared;
            count = source.advanceTo(shownTrajectory, updates);
            read = c -> values((w, k) -> source.at(c, w, k));
            this.replay = null;
        } else {
            ExplainerReplay source;
            if (from < 0 && shownTrajectory.status() != Status.RUNNING) {
                // The whole of an ended run (a stored run at speed=max, or after an edit): its replay is
                // the same in every tab that shows it, made once and shared, never advanced again.
                source = shownTrajectory.derived(new WholeReplay(updates, stride), () -> {
                    ExplainerReplay whole = new ExplainerReplay(e, run);
                    whole.advanceTo(shownTrajectory, updates, stride); // along the stored points
                    return whole;
                });
                this.replay = null;
            } else {
                if (from < 0 || this.replay == null || replayEpoch != epoch || this.replay.updates() != from) {
                    this.replay = new ExplainerReplay(e, run);
                    replayEpoch = epoch;
                    from = -1;
                }
                source = this.replay;
                source.advanceTo(shownTrajectory, updates, stride); // keeps only the updates drawn
            }
            count = source.updates();
            read = c -> values((w, k) -> source.at(c, w, k));
        }
        if (from < 0) {
            caption.setText(getTranslation("ewma.caption", label, Numbers.format(Ewma.beta1(e.runs().get(run))),
                    Numbers.format(Ewma.beta2(e.runs().get(run)))));
        }
        String d = e.dimension() == 1 ? "" : i == 0 ? "₁" : "₂";
        IntToDoubleFunction[] v = read.apply(i);
        draw(first, from, count, stride, getTranslation("ewma.first"), List.of("∂θ" + d, "m" + d, "m'" + d), out,
                v[0], v[1], v[2]);
        draw(second, from, count, stride, getTranslation("ewma.second"), List.of("∂θ²" + d, "s" + d, "s'" + d), out,
                k -> v[0].applyAsDouble(k) * v[0].applyAsDouble(k), v[3], v[4]);
        String id = e.runs().get(run).optimizerId();
        List<IntToDoubleFunction> rate = new ArrayList<>();
        for (int p = 0; p < e.dimension(); p++) {
            rate.add(read.apply(p)[5]);
        }
        draw(rates, from, count, stride, getTranslation(EffectiveRate.adaptive(id) ? "ewma.rate.adaptive" : "ewma.rate.fixed"),
                e.dimension() == 1 ? List.of("w") : List.of("θ₁", "θ₂"), out, rate.toArray(IntToDoubleFunction[]::new));
        if (this.replay != null) {
            this.replay.forgetWindow(); // sent: the next show needs only the replay's state, not these numbers
        }
    }

    /** A component's value w (∂θ, m, m̂, s, ŝ, rate: 0 … 5) at update index k. */
    @FunctionalInterface
    private interface Value {
        double at(int which, int k);
    }

    /** The six series of one component, each a function of the update index. */
    private static IntToDoubleFunction[] values(Value value) {
        IntToDoubleFunction[] v = new IntToDoubleFunction[6];
        for (int w = 0; w < 6; w++) {
            int which = w;
            v[w] = k -> value.at(which, k);
        }
        return v;
    }

    /** What a whole run's shared explainer replay depends on besides the run. */
    private record WholeReplay(int updates, int stride) {
    }

    /**
     * Configures {@code chart} and sends every {@code stride}-th point of the first {@code count} updates, or
     * with {@code from ≥ 0} only points k > from; {@code values[n]} gives series n at index k − 1.
     */
    private static void draw(SeriesChart chart, int from, int count, int stride, String title, List<String> names, Out out,
                             IntToDoubleFunction... values) {
        if (from < 0) {
            List<SeriesChart.Line> lines = new ArrayList<>();
            for (int n = 0; n < names.size(); n++) {
                lines.add(new SeriesChart.Line(names.get(n), COLORS[n], n == 2 ? new int[] {6, 3} : new int[0]));
            }
            chart.configure(new SeriesChart.Config(title, "k", "", false, null, lines));
        }
        int first = from < 0 ? 0 : (from + stride - 1) / stride * stride;
        int sent = count > first ? (count - first + stride - 1) / stride : 0;
        int[] ks = new int[sent];
        for (int i = 0; i < sent; i++) {
            ks[i] = first + i * stride + 1;
        }
        List<SeriesChart.Points> series = new ArrayList<>();
        for (int n = 0; n < values.length; n++) {
            double[] y = new double[sent];
            for (int i = 0; i < sent; i++) {
                y[i] = values[n].applyAsDouble(first + i * stride);
            }
            series.add(new SeriesChart.Points(n, ks, y));
        }
        out.send(chart, series);
    }
}
