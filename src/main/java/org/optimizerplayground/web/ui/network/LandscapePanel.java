package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.network.Landscape;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.ui.Messages;
import org.optimizerplayground.web.ui.Palette;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/**
 * "Loss landscape" (issue 12, item 4): on demand, the training cost on a 2-D slice through the
 * common θ₀ with each run's projected path (the contour map), beside each run's true training
 * cost per update. Computed off the UI thread on {@link #EXECUTOR} ({@link LandscapeComputation},
 * the API's limits); the page is updated through {@link UI#access}. A new setting (or leaving
 * the page, or a new request) makes a running computation obsolete: it stops between steps and
 * its result is never shown.
 */
final class LandscapePanel extends Div {
    /** Shared by every tab: at most two landscapes at once, the others queue. Daemon threads. */
    private static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "network-landscape");
        t.setDaemon(true);
        return t;
    });
    /** Contour levels (bands + 1) at most. */
    private static final int LEVELS = 24;

    private final NetworkState state;
    private final Executor executor;
    private final Select<Landscape.Directions> dirs = new Select<>();
    private final IntegerField grid = new IntegerField(getTranslation("net.landscape.grid"));
    private final Button compute = new Button(getTranslation("net.landscape.compute"));
    private final Button cancel = new Button(getTranslation("net.landscape.cancel"));
    private final ProgressBar progress = new ProgressBar();
    private final Span message = new Span();
    private final ContourChart map = new ContourChart();
    private final SeriesChart loss = new SeriesChart();
    private final Div results;
    /** Incremented by every new request and every new setting: a computation of an older one is obsolete. */
    private volatile long generation;
    private CompletableFuture<LandscapeComputation.Result> running = CompletableFuture.completedFuture(null);
    private LandscapeComputation.Result shown;

    LandscapePanel(NetworkState state) {
        this(state, EXECUTOR);
    }

    LandscapePanel(NetworkState state, Executor executor) {
        this.state = state;
        this.executor = executor;
        setId("net-landscape");
        addClassName("network-landscape");
        dirs.setId("net-landscape-dirs");
        dirs.setLabel(getTranslation("net.landscape.dirs"));
        dirs.setItems(Landscape.Directions.values());
        dirs.setItemLabelGenerator(d -> getTranslation(d == Landscape.Directions.PCA ? "net.landscape.pca"
                : "net.landscape.random"));
        dirs.setValue(Landscape.Directions.PCA);
        grid.setId("net-landscape-grid");
        grid.setMin(2);
        grid.setMax(Landscape.MAX_GRID);
        grid.setStepButtonsVisible(true);
        grid.setValue(Landscape.DEFAULT_GRID);
        compute.setId("net-landscape-compute");
        compute.addClickListener(e -> start());
        cancel.setId("net-landscape-cancel");
        cancel.setVisible(false);
        cancel.addClickListener(e -> obsolete(getTranslation("net.landscape.cancelled")));
        progress.setId("net-landscape-progress");
        progress.setVisible(false);
        message.setId("net-landscape-message");
        message.addClassName("network-note");
        map.setId("net-landscape-map");
        map.setHeight("420px");
        map.getElement().setAttribute("role", "img");
        loss.setId("net-landscape-loss");
        loss.setHeight("420px");
        loss.getElement().setAttribute("role", "img");
        Div mapBox = new Div(map);
        mapBox.addClassName("chart-box");
        mapBox.getStyle().set("flex", "1 1 380px").set("min-width", "0");
        Div lossBox = new Div(loss);
        lossBox.addClassName("chart-box");
        lossBox.getStyle().set("flex", "1 1 380px").set("min-width", "0");
        Div pair = new Div(mapBox, lossBox);
        pair.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1em");
        Paragraph caveat = new Paragraph(getTranslation("net.landscape.caveat"));
        caveat.addClassName("network-note");
        results = new Div(pair, caveat);
        results.setVisible(false);
        Div controls = new Div(dirs, grid, compute, cancel);
        controls.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1em")
                .set("align-items", "baseline");
        add(new H2(getTranslation("net.landscape.heading")), new Paragraph(getTranslation("net.landscape.intro")),
                controls, progress, message, results);
        state.addChangeListener(c -> {
            if (c.specChanged()) {
                obsolete(getTranslation("net.landscape.changed"));
            }
        });
    }

    /** Checks the setting on the UI thread, then computes in the background. */
    private void start() {
        long mine = ++generation;
        TrainSpec spec = state.spec();
        Landscape.Directions d = dirs.getValue() == null ? Landscape.Directions.PCA : dirs.getValue();
        Integer g = grid.getValue();
        try {
            if (g == null || g < 2 || g > Landscape.MAX_GRID) {
                throw new LinkException("grid", getTranslation("net.landscape.grid-empty", Integer.toString(Landscape.MAX_GRID)));
            }
            LandscapeComputation.check(spec, d, g);
        } catch (LinkException e) {
            progress.setVisible(false);
            message.setText(getTranslation("net.landscape.too-heavy", e.param(), Messages.of(this, e.getMessage()),
                    Integer.toString(LandscapeComputation.every(spec))));
            return;
        }
        UI ui = UI.getCurrent();
        int total = LandscapeComputation.steps(spec, g);
        progress.setMin(0);
        progress.setMax(total);
        progress.setValue(0);
        progress.setVisible(true);
        cancel.setVisible(true);
        message.setText(getTranslation("net.landscape.computing", Integer.toString(spec.runs().size()), Integer.toString(g)));
        running = CompletableFuture.supplyAsync(() -> LandscapeComputation.compute(spec, d, g,
                () -> generation != mine,
                done -> ui.access(() -> {
                    if (generation == mine) {
                        progress.setValue(done);
                    }
                })), executor);
        // The stage that ends once the page's update is queued, so that whoever waits for the
        // computation (a test) finds the update there, not only the result.
        running = running.whenComplete((result, error) -> ui.access(() -> {
            if (generation != mine) {
                return;
            }
            progress.setVisible(false);
            cancel.setVisible(false);
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                message.setText(getTranslation("net.landscape.failed", Messages.of(this, cause.getMessage())));
            } else {
                show(spec, result);
            }
        }));
    }

    /** A new setting, or Cancel: the running computation stops at its next step and is never shown. */
    private void obsolete(String text) {
        generation++;
        progress.setVisible(false);
        cancel.setVisible(false);
        if (shown != null || !message.getText().isEmpty()) {
            message.setText(text);
        }
        shown = null;
        results.setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        generation++; // nobody left to show it to
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (shown == null) {
            message.setText("");
        }
    }

    private void show(TrainSpec spec, LandscapeComputation.Result r) {
        shown = r;
        List<String> labels = labels(spec);
        int g = r.grid();
        double[] values = new double[g * g];
        for (int i = 0; i < g; i++) {
            System.arraycopy(r.cost()[i], 0, values, i * g, g);
        }
        double[] levels = levels(values);
        List<String> colors = new ArrayList<>();
        for (int i = 0; i + 1 < levels.length; i++) {
            colors.add(Palette.band((double) i / Math.max(1, levels.length - 2)));
        }
        String axis = r.dirs() == Landscape.Directions.PCA ? "net.landscape.axis.pca" : "net.landscape.axis.random";
        map.setSurface(new ContourChart.Grid(r.window().clone(), g, g, values, levels, colors, List.of(),
                new ContourChart.Labels(getTranslation("net.landscape.axis.a", getTranslation(axis, "1")),
                        getTranslation("net.landscape.axis.b", getTranslation(axis, "2")), "", "")));
        List<ContourChart.RunStyle> styles = new ArrayList<>();
        List<ContourChart.Points> paths = new ArrayList<>();
        List<SeriesChart.Line> lines = new ArrayList<>();
        List<SeriesChart.Points> costs = new ArrayList<>();
        for (int i = 0; i < r.runs().size(); i++) {
            LandscapeComputation.RunPath p = r.runs().get(i);
            styles.add(new ContourChart.RunStyle(labels.get(i), Palette.run(i)));
            paths.add(new ContourChart.Points(i, p.a(), p.b()));
            lines.add(new SeriesChart.Line(labels.get(i), Palette.run(i), new int[0]));
            costs.add(new SeriesChart.Points(i, p.k(), p.cost()));
        }
        map.setRuns(styles);
        map.appendPoints(paths);
        loss.configure(new SeriesChart.Config(r.every() > 1
                ? getTranslation("net.landscape.cost.every", Integer.toString(r.every()))
                : getTranslation("net.landscape.cost"), "k", getTranslation("net.landscape.cost.axis"), false, false, lines));
        loss.append(costs);
        String grid = Integer.toString(g);
        if (r.explained() != null) {
            message.setText(getTranslation("net.landscape.done.pca.shares", grid, percent(r.explained()[0]),
                    percent(r.explained()[1])));
        } else {
            message.setText(getTranslation(r.dirs() == Landscape.Directions.PCA ? "net.landscape.done.pca"
                    : "net.landscape.done.random", grid));
        }
        results.setVisible(true);
    }

    /** A share as a percentage with one decimal, written the page's way (0.1 or 0,1). */
    private String percent(double share) {
        return String.format(getLocale(), "%.1f", 100 * share);
    }

    private List<String> labels(TrainSpec spec) {
        List<String> labels = new ArrayList<>();
        List<RunSpec> runs = spec.runs();
        for (int i = 0; i < runs.size(); i++) {
            labels.add((i + 1) + " · " + getTranslation("optimizer." + runs.get(i).optimizerId()) + " α=" + Numbers.format(runs.get(i).optimizer()
                    .lr()));
        }
        return labels;
    }

    /** Up to {@link #LEVELS} + 1 distinct levels at quantiles of the finite values, bunched towards the low end. */
    static double[] levels(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {0, 1};
        }
        double[] levels = new double[LEVELS + 1];
        int n = 0;
        for (int i = 0; i <= LEVELS; i++) {
            double v = finite[(int) Math.round(Math.pow((double) i / LEVELS, 1.6) * (finite.length - 1))];
            if (n == 0 || v > levels[n - 1]) {
                levels[n++] = v;
            }
        }
        if (n == 1) {
            levels[n++] = levels[0] + 1;
        }
        return Arrays.copyOf(levels, n);
    }

    // ---- for tests ----
    CompletableFuture<LandscapeComputation.Result> running() {
        return running;
    }

    LandscapeComputation.Result shown() {
        return shown;
    }

    String message() {
        return message.getText();
    }
}
