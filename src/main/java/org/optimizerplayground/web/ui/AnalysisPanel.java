package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.optimizerplayground.web.ui.chart.BasinChart;
import org.optimizerplayground.web.ui.chart.SweepChart;

/**
 * The two questions after one trajectory: how sensitive is each optimizer to α (the sweep),
 * and where does it end from other start points (the basin map). Computed off the request
 * thread by {@link AnalysisService}; the page stays live and shows progress meanwhile.
 */
final class AnalysisPanel extends Div {
    static final List<Integer> GRIDS = List.of(50, 100, 200);

    private final AnalysisService service;
    private final PlaygroundState state;
    private final Button openSweep = new Button();
    private final Button openBasins = new Button();
    private final Button close = new Button();
    private final Span message = new Span();
    private final SweepChart sweep = new SweepChart();
    private final BasinChart basins = new BasinChart();
    private final Select<Integer> basinRun = new Select<>();
    private final Select<Integer> grid = new Select<>();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Div basinControls = new Div();
    private final Anchor csv = new Anchor();
    private final Button png = new Button();
    private final Div files = new Div(csv, png);
    private Experiment experiment;
    private List<String> labels = List.of();
    /** The open view (and the run picker) follow the experiment only when they can be seen. */
    private final WhenSeen whenSeen = new WhenSeen(this, () -> this.open != null, this::refresh);
    /** How many runs the run picker offers (-1 before the first experiment). */
    private int pickerRuns = -1;
    private String open;
    /** The sweep or basin map under way, with its progress. */
    private final AnalysisJobs jobs = new AnalysisJobs(progress, message, this);

    AnalysisPanel(AnalysisService service, PlaygroundState state, Hideables hideables) {
        this.service = service;
        this.state = state;
        setId("analysis");
        addClassName("analysis");
        openSweep.setText(getTranslation("analysis.sweep"));
        openSweep.setId("open-sweep");
        openSweep.addClickListener(e -> open("sweep"));
        openBasins.setText(getTranslation("analysis.basins"));
        openBasins.setId("open-basins");
        openBasins.addClickListener(e -> open("basins"));
        close.setText(getTranslation("analysis.close"));
        close.setId("close-analysis");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.addClickListener(e -> open(null));
        Div buttons = new Div(openSweep, openBasins, close);
        buttons.addClassName("analysis-buttons");

        sweep.setId("sweep-chart");
        sweep.addClassName("analysis-chart");
        sweep.addSweepClickListener(e -> rateChosen(e.getRun(), e.getLr()));
        basins.setId("basin-chart");
        basins.addClassName("analysis-chart");
        basinRun.setLabel(getTranslation("analysis.run"));
        basinRun.setId("basin-run");
        basinRun.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                compute();
            }
        });
        grid.setLabel(getTranslation("analysis.grid"));
        grid.setId("basin-grid");
        grid.setItems(GRIDS);
        grid.setItemLabelGenerator(n -> n + " × " + n);
        grid.setValue(100);
        grid.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                compute();
            }
        });
        progress.setId("analysis-progress");
        cancel.setText(getTranslation("analysis.cancel"));
        cancel.setId("analysis-cancel");
        cancel.addClickListener(e -> jobs.cancel());
        basinControls.add(basinRun, grid);
        basinControls.addClassName("basin-controls");
        message.addClassName("analysis-message");
        message.setId("analysis-message");
        Div working = new Div(progress, cancel);
        working.addClassName("analysis-working");
        message.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("aria-live", "polite");
        // Downloads of what is open: the API's CSV as a file, and the chart as a PNG image.
        csv.setText(getTranslation("analysis.download.csv"));
        csv.setId("analysis-download-csv");
        png.setText(getTranslation("analysis.download.png"));
        png.setId("analysis-download-png");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        png.addClickListener(e -> {
            if ("sweep".equals(open)) {
                sweep.exportPng(fileName("sweep", "png"));
            } else if ("basins".equals(open)) {
                basins.exportPng(fileName("basins", "png"));
            }
        });
        files.addClassName("analysis-files");
        add(new H3(getTranslation("analysis.title")), buttons, basinControls, working, message, files, sweep, basins);
        showOpen();
        hideables.register("sweep-chart", this);
        hideables.register("basin-chart", this);
        state.addChangeListener(c -> {
            if (c.onlyViewChanged() && "sweep".equals(open)) {
                experiment = c.experiment(); // a zoom of the map: the basin map's window, nothing of the sweep
            } else if (c.experimentChanged()) {
                show(c.experiment());
            }
            if (c.cause() == PlaygroundState.Cause.OPENED && !java.util.Objects.equals(c.page().analysis(), open)) {
                open(c.page().analysis());
            }
        });
    }

    /** A click on the sweep: that run takes that α, to three significant digits. */
    private void rateChosen(int run, double lr) {
        try {
            state.edit(x -> run < 0 || run >= x.runs().size() ? x
                    : x.withRun(run, LearningRateSweep.withLr(x.runs().get(run), ThreeDigits.round(lr))));
        } catch (IllegalArgumentException outOfRange) {
            com.vaadin.flow.component.notification.Notification.show(Messages.of(this, outOfRange.getMessage()));
        }
    }

    /** Which view is open: {@code sweep}, {@code basins} or null. */
    String openView() {
        return open;
    }

    /** Opens a view (or none) and computes it for the current experiment. */
    void open(String view) {
        open = view;
        showOpen();
        state.editPage(p -> p.withAnalysis(view));
        refresh();
    }

    /**
     * The experiment changed: the open view follows, at once if it can be seen, else when it is
     * shown again. Closed or out of view, an edit only notes the experiment (an α edit of a tab
     * whose analysis is closed used to rebuild the run picker's items and the links here).
     */
    private void show(Experiment e) {
        experiment = e;
        whenSeen.changed();
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (whenSeen != null) { // null while the superclass constructs
            whenSeen.check();
        }
    }

    /** Brings the run picker's labels and the open view up to the current experiment. */
    private void refresh() {
        whenSeen.drawn();
        Experiment e = experiment;
        if (e != null) {
            List<String> runLabels = RunLabels.of(this, e);
            int selected = basinRun.getValue() == null ? 0 : Math.min(basinRun.getValue(), e.runs().size() - 1);
            if (pickerRuns != e.runs().size() || !runLabels.equals(labels)) {
                labels = runLabels;
                pickerRuns = e.runs().size();
                basinRun.setItems(java.util.stream.IntStream.range(0, e.runs().size()).boxed().toList());
                basinRun.setItemLabelGenerator(i -> i < labels.size() ? labels.get(i) : String.valueOf(i + 1));
            }
            if (!Integer.valueOf(selected).equals(basinRun.getValue())) {
                basinRun.setValue(selected);
            }
        }
        compute();
    }

    private void showOpen() {
        sweep.setVisible("sweep".equals(open));
        basins.setVisible("basins".equals(open));
        basinControls.setVisible("basins".equals(open));
        close.setVisible(open != null);
        files.setVisible(open != null);
        message.setText("");
    }

    /** {@code optimizer-playground-rosenbrock-sweep.png}: the API's names for the same picture. */
    private String fileName(String what, String extension) {
        return "optimizer-playground-" + (experiment == null ? "" : experiment.surface().id() + "-") + what + "."
                + extension;
    }

    /** The CSV link: the API answer of what is open, saved as a file. */
    private void linkCsv() {
        if (open == null || experiment == null) {
            return;
        }
        String query = org.optimizerplayground.engine.experiment.Link.format(experiment);
        String api = "api/" + open + "?" + (query.isEmpty() ? "" : query + "&")
                + (open.equals("basins") ? "grid=" + grid.getValue() + "&" : "") + "format=csv&download=true";
        csv.setHref(api);
        csv.getElement().setAttribute("download", fileName(open, "csv"));
    }

    private void compute() {
        jobs.stopWatching();
        linkCsv();
        progress.getParent().ifPresent(p -> p.setVisible(false));
        if (open == null || experiment == null) {
            return;
        }
        try {
            if (open.equals("sweep")) {
                LearningRateSweep.checkSteps(experiment);
                double[] rates = LearningRateSweep.rates(LearningRateSweep.DEFAULT_FROM, LearningRateSweep.DEFAULT_TO,
                        LearningRateSweep.DEFAULT_COUNT);
                Experiment e = experiment;
                List<String> l = labels;
                jobs.follow(service.sweep(e, rates), curves -> sweep.show(AnalysisPictures.sweep(
                        getTranslation("analysis.sweep.title", e.steps()), l, curves, e,
                        new SweepChart.Texts(getTranslation("analysis.diverged"),
                                getTranslation("analysis.final-j"), getTranslation("analysis.status"),
                                getTranslation("analysis.steps-to-tol"), getTranslation("analysis.status.converged"),
                                getTranslation("analysis.status.max-steps")))));
            } else {
                BasinMap.checkSteps(experiment);
                int run = basinRun.getValue() == null ? 0 : basinRun.getValue();
                int dimension = experiment.dimension();
                jobs.follow(service.basins(experiment, grid.getValue()), result -> basins.show(AnalysisPictures.basins(result,
                        Math.min(run, result.runs().size() - 1), dimension,
                        i -> getTranslation("analysis.minimum", AnalysisPictures.place(result.minima().get(i))),
                        getTranslation("analysis.diverged"), getTranslation("analysis.none"),
                        getTranslation("analysis.low"), getTranslation("analysis.high"),
                        getTranslation("analysis.minima"), getTranslation("analysis.start"))));
            }
        } catch (IllegalArgumentException tooMuch) {
            message.setText(getTranslation("analysis.too-much", tooMuch.getMessage()));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        jobs.forget();
    }
}
