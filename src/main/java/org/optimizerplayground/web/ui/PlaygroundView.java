package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.Sgd;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.optimizerplayground.web.export.CodeExportPanel;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionDriver;
import org.optimizerplayground.web.session.SessionRegistry;
import org.optimizerplayground.web.session.SimulationSession;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;
import org.optimizerplayground.web.ui.chart.UpdateRulePanel;
import org.optimizerplayground.web.ui.lessons.Lesson;
import org.optimizerplayground.web.ui.lessons.Lessons;
import org.optimizerplayground.web.ui.lessons.LessonsMenu;

/**
 * The playground: controls on one side, the map, the curves and the update rule on the other,
 * one live {@link SimulationSession} behind it. The address bar always holds the canonical link
 * of what is shown.
 */
@Route("")
@PageTitle("Optimizer Playground")
@CssImport("./styles/playground.css")
public class PlaygroundView extends Main implements BeforeEnterObserver {
    /** The update-rule panel follows a playing session at most this often, so it stays readable. */
    static final long RULE_REFRESH_NANOS = 250_000_000L;
    static final long EWMA_REFRESH_NANOS = 1_000_000_000L;
    static final List<Integer> SPEEDS = List.of(1, 3, 10, 30, 60, 100, 300, 1000, 5000, PageOptions.MAX_SPEED);

    private final FrameScheduler scheduler;
    private final SessionRegistry registry;
    private final AnalysisPanel analysis;
    private final LessonsMenu lessons = new LessonsMenu(this::lessonChosen);
    private final CodeExportPanel codeExport = new CodeExportPanel();
    private final EwmaPanel ewma = new EwmaPanel();
    private final TeacherShareDialog teacherShare = new TeacherShareDialog(() -> this.experiment, () -> this.page);
    private final Anchor csv = new Anchor();
    private final Anchor json = new Anchor();

    private Experiment experiment = Experiment.defaults();
    private PageOptions page = PageOptions.defaults();
    private SimulationSession session;
    private SessionDriver driver;

    private final Div notices = new Div();
    private final Section controls = new Section();
    private Button forStudents;
    private final ExperimentPanel experimentPanel;
    private final Div runEditors = new Div();
    private final Button addRun = new Button();
    private final Div runsSection = new Div();
    private final Button play = new Button();
    private final Button pause = new Button();
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Select<Integer> speed = new Select<>();
    private final Button share = new Button();
    private final Div statuses = new Div();
    private final ContourChart map = new ContourChart();
    private final SeriesChart loss = new SeriesChart();
    private final SeriesChart theta = new SeriesChart();
    private final SeriesChart rates = new SeriesChart();
    private final Checkbox logLoss = new Checkbox();
    private final Checkbox showArrows = new Checkbox();
    private final KeyboardShortcuts shortcuts = new KeyboardShortcuts();
    private final Button theme = new Button();
    private boolean dark;
    private final Button recordVideo = new Button();
    private boolean recording;
    private final ShortcutsHelp shortcutsHelp = new ShortcutsHelp();
    private final Span arrowsLegend = new Span();
    private String arrowsJson;
    private final Tabs ruleTabs = new Tabs();
    private boolean rebuildingTabs;
    /** The runs changed since the last frame: the rule and the EWMA charts follow at once. */
    private boolean runsRenamed;
    private final UpdateRulePanel rule = new UpdateRulePanel();
    private final Div ruleSection = new Div();

    private long renderedGeneration = -1;
    private String renderedSurface;
    private String renderedRuns;
    private long lastRuleNanos;
    private long lastEwmaNanos;
    private long ewmaGeneration = -1;
    private String answeredResponse;
    private int answeredAt;
    private List<String> labels = List.of();
    private Experiment labelsOf;
    private String ruleJson;
    private int focus;

    public PlaygroundView(FrameScheduler scheduler, SessionRegistry registry, AnalysisService analysisService) {
        this.scheduler = scheduler;
        this.registry = registry;
        this.analysis = new AnalysisPanel(analysisService, this::rateChosen, view -> {
            page = page.withAnalysis(view);
            updateLink();
        });
        addClassName("playground");
        experimentPanel = new ExperimentPanel(experiment, this::experimentEdited);
        build();
    }

    private void build() {
        H1 title = new H1(getTranslation("app.title"));
        share.setText(getTranslation("share"));
        share.setIcon(VaadinIcon.LINK.create());
        share.setId("share");
        share.addClickListener(e -> shareLink());
        forStudents = new Button(getTranslation("teacher.open"), VaadinIcon.ACADEMY_CAP.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> teacherShare.openFor(
                        url.getProtocol() + "://" + url.getAuthority() + url.getPath()))));
        forStudents.setId("share-students");
        forStudents.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button help = new Button(VaadinIcon.KEYBOARD.create(), e -> shortcutsHelp.open());
        help.setId("shortcuts");
        help.setAriaLabel(getTranslation("shortcuts.open"));
        help.setTooltipText(getTranslation("shortcuts.open"));
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        shortcuts.addShortcutListener(e -> shortcut(e.key()));
        theme.setIcon(VaadinIcon.ADJUST.create());
        theme.setId("theme");
        theme.setAriaLabel(getTranslation("theme.dark"));
        theme.setTooltipText(getTranslation("theme.dark"));
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        theme.getElement().setAttribute("aria-pressed", "false");
        theme.addClickListener(e -> setDark(!dark));
        Div header = new Div(title, lessons, forStudents, share, help, theme, shortcuts);
        header.addClassName("app-header");

        notices.setId("link-notice");
        notices.addClassName("notices");

        runEditors.addClassName("run-editors");
        addRun.setText(getTranslation("run.add"));
        addRun.setIcon(VaadinIcon.PLUS.create());
        addRun.setId("add-run");
        addRun.addClickListener(e -> addRun());
        runsSection.setId("run-editor");
        runsSection.add(new H3(getTranslation("panel.runs")), runEditors, addRun);
        controls.add(experimentPanel, runsSection);
        controls.addClassName("controls");

        play.setText(getTranslation("play"));
        play.setIcon(VaadinIcon.PLAY.create());
        play.setId("play");
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.addClickListener(e -> act(SimulationSession::play));
        pause.setText(getTranslation("pause"));
        pause.setIcon(VaadinIcon.PAUSE.create());
        pause.setId("pause");
        pause.addClickListener(e -> act(SimulationSession::pause));
        step.setText(getTranslation("step"));
        step.setIcon(VaadinIcon.STEP_FORWARD.create());
        step.setId("step");
        step.addClickListener(e -> act(SimulationSession::step));
        reset.setText(getTranslation("reset"));
        reset.setIcon(VaadinIcon.BACKWARDS.create());
        reset.setId("reset");
        reset.addClickListener(e -> act(SimulationSession::reset));
        speed.setId("speed");
        speed.setLabel(getTranslation("speed"));
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(s -> s == PageOptions.MAX_SPEED ? getTranslation("speed.max")
                : getTranslation("speed.value", s));
        speed.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                page = page.withSpeed(e.getValue());
                session.setSpeed(e.getValue());
                afterChange();
            }
        });
        Div playback = new Div(play, pause, step, reset, speed);
        playback.addClassName("playback");
        statuses.setId("run-status");
        statuses.addClassName("statuses");

        map.setId("contour-chart");
        map.addClassName("map");
        map.addMapClickListener(e -> mapClicked(e.getX(), e.getY()));
        showArrows.setId("step-arrows");
        showArrows.setLabel(getTranslation("map.arrows"));
        showArrows.addValueChangeListener(e -> {
            arrowsLegend.setVisible(e.getValue());
            sendArrows();
        });
        arrowsLegend.setId("step-arrows-legend");
        arrowsLegend.addClassName("arrows-legend");
        arrowsLegend.setText(getTranslation("map.arrows.legend"));
        arrowsLegend.setVisible(false);
        Div mapOptions = new Div(showArrows, arrowsLegend);
        mapOptions.addClassName("map-options");
        // A text alternative in the page's language for each picture (the canvas inside only
        // has the element's English default): role img makes a screen reader read this one.
        for (var chart : List.of(Map.entry(map, "a11y.map"), Map.entry(loss, "a11y.loss"),
                Map.entry(theta, "a11y.theta"), Map.entry(rates, "a11y.lr"))) {
            chart.getKey().getElement().setAttribute("role", "img");
            chart.getKey().getElement().setAttribute("aria-label", getTranslation(chart.getValue()));
        }
        loss.setId("loss-chart");
        theta.setId("theta-chart");
        rates.setId("lr-chart");
        logLoss.setLabel(getTranslation("chart.loss.log"));
        logLoss.setId("loss-log");
        logLoss.addValueChangeListener(e -> loss.setLogY(e.getValue()));
        Div lossBox = new Div(loss, logLoss);
        lossBox.addClassName("chart-box");
        Div thetaBox = new Div(theta);
        thetaBox.addClassName("chart-box");
        Div ratesBox = new Div(rates);
        ratesBox.addClassName("chart-box");
        Div curves = new Div(lossBox, thetaBox, ratesBox);
        curves.addClassName("curves");
        Div downloads = downloads();

        rule.setId("update-rule");
        ruleTabs.addSelectedChangeListener(e -> {
            if (rebuildingTabs) {
                return; // configureCharts selects the tab in focus and the frame shows its rule
            }
            focus = Math.max(0, ruleTabs.getSelectedIndex());
            showRule(true);
        });
        ruleSection.addClassName("rule-section");
        ruleSection.add(new H3(getTranslation("panel.rule")), ruleTabs, rule);

        Section stage = new Section(playback, statuses, map, mapOptions, curves, downloads, ruleSection, ewma, codeExport,
                analysis);
        stage.addClassName("stage");
        Div body = new Div(controls, stage);
        body.addClassName("body");
        add(header, notices, body);
    }

    /**
     * Downloads for slides and notebooks: the exact trajectory as CSV or JSON (the API link of
     * what is shown) and the map or the loss chart as a PNG image.
     */
    private Div downloads() {
        csv.setText(getTranslation("download.csv"));
        csv.setId("download-csv");
        csv.getElement().setAttribute("download", "trajectory.csv");
        json.setText(getTranslation("download.json"));
        json.setId("download-json");
        json.setTarget("_blank");
        Button mapPng = new Button(getTranslation("download.map-png"), e -> map.exportPng("optimizer-playground-map.png"));
        mapPng.setId("download-map-png");
        Button lossPng = new Button(getTranslation("download.loss-png"), e -> loss.exportPng("optimizer-playground-loss.png"));
        lossPng.setId("download-loss-png");
        for (Button b : List.of(mapPng, lossPng)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        recordVideo.setText(getTranslation("download.video"));
        recordVideo.setIcon(VaadinIcon.FILM.create());
        recordVideo.setId("record-video");
        recordVideo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        recordVideo.addClickListener(e -> toggleRecording());
        Div downloads = new Div(new Span(getTranslation("download.label")), csv, json, mapPng, lossPng, recordVideo);
        downloads.setId("downloads");
        downloads.addClassName("downloads");
        return downloads;
    }

    /**
     * "Record video": plays the runs from θ₀ while the browser records the map, and saves
     * {@code optimizer-playground.webm} when every run has ended (or on "Stop recording").
     */
    private void toggleRecording() {
        if (recording) {
            stopRecording();
            return;
        }
        recording = true;
        recordVideo.setText(getTranslation("download.video.stop"));
        map.startRecording("optimizer-playground.webm").then(Boolean.class, started -> {
            if (!Boolean.TRUE.equals(started)) {
                Notification.show(getTranslation("download.video.unsupported"));
                stopRecording();
            }
        });
        session.reset();
        act(SimulationSession::play);
    }

    private void stopRecording() {
        recording = false;
        recordVideo.setText(getTranslation("download.video"));
        map.stopRecording();
    }

    /** Points the downloads at the API link of the current experiment. */
    private void updateDownloads() {
        String query = Link.format(experiment);
        String api = "api/trajectory" + (query.isEmpty() ? "" : "?" + query);
        json.setHref(api);
        csv.setHref(api + (query.isEmpty() ? "?" : "&") + "format=csv");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notices.removeAll();
        try {
            Link.Reading reading = Link.readForPage(query(event.getLocation().getQueryParameters()));
            experiment = reading.experiment();
            page = reading.page();
            reading.notices().forEach(this::notice);
        } catch (LinkException e) {
            experiment = Experiment.defaults();
            page = PageOptions.defaults();
            notice(getTranslation("link.unreadable", e.getMessage()));
        }
        if (switchLanguage()) {
            return;
        }
        lessons.show(Lessons.byQuery(Link.format(experiment, page)).orElse(null));
        if (session != null) {
            // Navigating to another link within the page (same view instance): start it afresh.
            start();
        }
    }

    /**
     * Honours the link's {@code lang} (the browser's language is the default otherwise): the
     * choice is kept for the tab's session and the page is reloaded once in that language, since
     * every text was written when the page was built.
     *
     * @return whether the page is being reloaded
     */
    private boolean switchLanguage() {
        if (page.lang() == null || getLocale().getLanguage().equals(page.lang())) {
            return false;
        }
        java.util.Locale wanted = java.util.Locale.forLanguageTag(page.lang());
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(wanted);
        UI.getCurrent().setLocale(wanted);
        UI.getCurrent().getPage().reload();
        return true;
    }

    /**
     * The link's keys and values, decoded once, as the API decodes them. Vaadin hands the view
     * the browser's query already decoded; {@link LinkRepairFilter} has made that decoding the
     * API's ({@code +} a plus sign, a part the API refuses passed on as typed), so the values are
     * taken as they are and never decoded a second time ({@link QueryString#fromDecoded}).
     */
    static QueryString query(com.vaadin.flow.router.QueryParameters parameters) {
        List<String[]> pairs = new ArrayList<>();
        parameters.getParameters().forEach((key, values) -> {
            for (String value : values) {
                pairs.add(new String[] {key, value});
            }
        });
        return QueryString.fromDecoded(pairs);
    }

    /**
     * The Lumo dark variant on the whole document, remembered for this browser tab
     * (sessionStorage): a reload or a language switch keeps it, another tab starts light.
     * The charts read the theme's colours themselves (chart-theme.ts).
     */
    void setDark(boolean on) {
        dark = on;
        theme.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        getElement().executeJs("const d = document.documentElement;"
                + "if ($0) { d.setAttribute('theme', 'dark'); } else { d.removeAttribute('theme'); }"
                + "sessionStorage.setItem('optimizer-playground-theme', $0 ? 'dark' : 'light');", on);
    }

    /** Whether the dark theme is on (for tests). */
    boolean dark() {
        return dark;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        getElement().executeJs("return sessionStorage.getItem('optimizer-playground-theme')")
                .then(String.class, saved -> {
                    if ("dark".equals(saved)) {
                        setDark(true);
                    }
                });
        session = new SimulationSession(experiment, page.speed());
        SessionDriver.TabAccess tab = new SessionDriver.TabAccess() {
            @Override
            public void access(Runnable command) {
                ui.access(command::run);
            }

            @Override
            public boolean connected() {
                var push = ui.getInternals().getPushConnection();
                return push == null || push.isConnected();
            }
        };
        driver = new SessionDriver(session, scheduler, registry, tab, () -> {
            render(false);
            releaseAnsweredResponse(ui);
        });
        start();
    }

    /** Shows the link's experiment and page options, and plays if the link says so. */
    private void start() {
        session.pause();
        session.setSpeed(page.speed());
        session.setExperiment(experiment);
        experimentPanel.show(experiment);
        rebuildRunEditors();
        speed.setValue(page.speed());
        applyHidden();
        if (page.play()) {
            session.play();
        }
        render(true);
        driver.sync();
        codeExport.show(experiment.runs());
        updateDownloads();
        analysis.show(experiment, labels());
        if (!java.util.Objects.equals(page.analysis(), analysis.openView())) {
            analysis.open(page.analysis());
        }
        updateLink();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (driver != null) {
            driver.close();
        }
    }

    /**
     * Vaadin keeps its answer to the tab's last HTTP request, to send it again should the browser
     * repeat that request. With push over a websocket that answer is the one to the page's first
     * request — the whole page, about 350 KB as a Java string — and it would stay for the life of
     * the tab. Once the browser has sent a later message it can no longer repeat that request (it
     * sends one message at a time, each after the answer to the previous one), so the answer is
     * let go.
     */
    private void releaseAnsweredResponse(UI ui) {
        var internals = ui.getInternals();
        String cached = internals.getLastRequestResponse();
        if (cached == null) {
            return;
        }
        int processed = internals.getLastProcessedClientToServerId();
        if (cached != answeredResponse) {
            answeredResponse = cached;
            answeredAt = processed;
        } else if (processed > answeredAt) {
            internals.setLastRequestResponse(null);
            answeredResponse = null;
        }
    }

    /** The session behind this tab (for tests). */
    SimulationSession session() {
        return session;
    }

    /** The teacher's share dialog (for tests). */
    TeacherShareDialog teacherShare() {
        return teacherShare;
    }

    /** What the update-rule panel was last asked to show (for tests). */
    String ruleJson() {
        return ruleJson;
    }

    /** The driver behind this tab (for tests). */
    SessionDriver driver() {
        return driver;
    }

    /** A keyboard shortcut; one whose button the link hides does nothing (a teacher's choice). */
    void shortcut(String key) {
        switch (key) {
            case "play" -> {
                Button b = session.needsTicks() ? pause : play;
                if (b.isVisible()) {
                    act(session.needsTicks() ? SimulationSession::pause : SimulationSession::play);
                }
            }
            case "step" -> {
                if (step.isVisible()) {
                    act(SimulationSession::step);
                }
            }
            case "reset" -> {
                if (reset.isVisible()) {
                    act(SimulationSession::reset);
                }
            }
            case "help" -> shortcutsHelp.open();
            default -> {
                // an unknown key from the client: nothing to do
            }
        }
    }

    private void act(java.util.function.Consumer<SimulationSession> action) {
        action.accept(session);
        render(true);
        driver.sync();
    }

    private void experimentEdited(Experiment next) {
        experiment = next;
        if (next.runs().size() != runEditors.getComponentCount()
                || !next.runs().equals(currentRuns())) {
            rebuildRunEditors();
        }
        session.setExperiment(next);
        afterChange();
    }

    private void runEdited(int index, RunSpec run) {
        List<RunSpec> runs = new ArrayList<>(experiment.runs());
        runs.set(index, run);
        experiment = experiment.withRuns(runs);
        session.setExperiment(experiment);
        afterChange();
    }

    private void addRun() {
        if (experiment.runs().size() >= Experiment.MAX_RUNS) {
            return;
        }
        List<RunSpec> runs = new ArrayList<>(experiment.runs());
        runs.add(RunSpec.of(new Sgd(Sgd.KIND.defaultLr())));
        experimentEdited(experiment.withRuns(runs));
    }

    private void removeRun(int index) {
        if (experiment.runs().size() <= 1) {
            Notification.show(getTranslation("run.last"));
            return;
        }
        List<RunSpec> runs = new ArrayList<>(experiment.runs());
        runs.remove(index);
        focus = Math.min(focus, runs.size() - 1);
        experimentEdited(experiment.withRuns(runs));
    }

    private void mapClicked(double x, double y) {
        double[] start = experiment.dimension() == 1 ? new double[] {round(x)} : new double[] {round(x), round(y)};
        experiment = experiment.withStart(start);
        experimentPanel.show(experiment);
        session.setExperiment(experiment);
        afterChange();
    }

    /** Three significant digits: a click is not more precise than that, and links stay short. */
    private static double round(double v) {
        return v == 0 || !Double.isFinite(v) ? 0
                : new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }

    private void afterChange() {
        render(true);
        driver.sync();
        codeExport.show(experiment.runs());
        updateDownloads();
        analysis.show(experiment, labels());
        updateLink();
    }

    /**
     * A lesson from the menu: the page opens its link, as if the student had followed it, with a
     * history entry so that Back returns to what was shown before. Not through the router: it
     * would push its own spelling of the query (keys regrouped) after the canonical link.
     */
    private void lessonChosen(Lesson lesson) {
        Link.Reading reading = Link.readForPage(QueryString.parse(lesson.query()));
        experiment = reading.experiment();
        page = reading.page();
        notices.removeAll();
        getElement().executeJs("history.pushState(history.state, '', $0)", lesson.link());
        start();
    }

    /** A click on the sweep: that run takes that α (its editor shows it). */
    private void rateChosen(int run, double lr) {
        if (run < 0 || run >= experiment.runs().size()) {
            return;
        }
        double rounded = new java.math.BigDecimal(lr).round(new java.math.MathContext(3)).doubleValue();
        try {
            RunSpec next = org.optimizerplayground.engine.analysis.LearningRateSweep.withLr(experiment.runs().get(run),
                    rounded);
            ((RunEditor) runEditors.getComponentAt(run)).show(next);
            runEdited(run, next);
        } catch (IllegalArgumentException outOfRange) {
            Notification.show(outOfRange.getMessage());
        }
    }

    private List<RunSpec> currentRuns() {
        return runEditors.getChildren().map(c -> ((RunEditor) c).run()).toList();
    }

    private void rebuildRunEditors() {
        runEditors.removeAll();
        List<RunSpec> runs = experiment.runs();
        for (int i = 0; i < runs.size(); i++) {
            int index = i;
            runEditors.add(new RunEditor(i, runs.get(i), r -> runEdited(index, r), () -> removeRun(index)));
        }
        addRun.setEnabled(runs.size() < Experiment.MAX_RUNS);
    }

    /** Brings every chart up to date with the session; {@code exact} forces the rule panel. */
    private void render(boolean exact) {
        if (session.generation() != renderedGeneration) {
            String surfaceOnly = experiment.surface().latex() + java.util.Arrays.toString(experiment.view());
            if (!surfaceOnly.equals(renderedSurface)) {
                map.setSurface(SurfacePicture.json(experiment.surface(), experiment.view(),
                        getTranslation("chart.minimum.global"), getTranslation("chart.minimum.local")));
                renderedSurface = surfaceOnly;
            }
            String runsKey = labels().toString() + experiment.dimension();
            if (!runsKey.equals(renderedRuns)) {
                configureCharts();
                renderedRuns = runsKey;
            } else {
                map.clearPoints();
                loss.clearData();
                theta.clearData();
                rates.clearData();
            }
            renderedGeneration = session.generation();
        }
        List<FrameEncoder.Slice> slices = new ArrayList<>();
        int stride = FrameEncoder.stride(experiment.steps());
        List<Trajectory> trajectories = session.trajectories();
        for (int i = 0; i < trajectories.size(); i++) {
            int[] range = session.takeNew(i);
            FrameEncoder.Slice slice = new FrameEncoder.Slice(i, trajectories.get(i), range[0], range[1], stride);
            if (range[1] > range[0] && !slice.isEmpty()) {
                slices.add(slice);
            }
        }
        // A hidden element's calls would wait in the tab's memory until it shows (it only shows
        // again with a new link, which restarts the runs): hidden charts get nothing.
        if (!slices.isEmpty()) {
            if (map.isVisible()) {
                map.appendPoints(FrameEncoder.mapPoints(slices));
            }
            if (loss.isVisible()) {
                loss.append(FrameEncoder.series(slices, false, Trajectory::loss));
            }
            theta.append(experiment.dimension() == 1
                    ? FrameEncoder.series(slices, false, (t, k) -> t.theta(k, 0))
                    : FrameEncoder.series(slices, false, (t, k) -> t.theta(k, 0), (t, k) -> t.theta(k, 1)));
            rates.append(FrameEncoder.series(slices, true, Trajectory::lr));
        }
        if (showArrows.getValue() && (exact || !slices.isEmpty())) {
            sendArrows();
        }
        showStatuses(trajectories);
        showRule(exact || runsRenamed || !session.needsTicks());
        runsRenamed = false;
        // Set only on a change: each call costs the tab a command in the next frame.
        boolean playing = session.needsTicks();
        if (play.isEnabled() == playing) {
            play.setEnabled(!playing);
        }
        if (pause.isEnabled() != playing) {
            pause.setEnabled(playing);
        }
        if (recording && !session.needsTicks()) {
            stopRecording(); // the animation has ended (or was paused)
        }
    }

    /** The step arrows of every run at its current point, or none when the toggle is off. */
    private void sendArrows() {
        List<StepArrows.RunArrows> sets = new ArrayList<>();
        if (showArrows.getValue()) {
            double width = experiment.view()[1] - experiment.view()[0];
            List<Trajectory> trajectories = session.trajectories();
            for (int i = 0; i < trajectories.size(); i++) {
                StepArrows.RunArrows a = StepArrows.of(i, experiment.runs().get(i), trajectories.get(i),
                        session.latestTerms(i), width);
                if (a != null) {
                    sets.add(a);
                }
            }
        }
        String json = StepArrows.json(sets);
        if (!json.equals(arrowsJson)) {
            arrowsJson = json;
            map.setArrows(json);
        }
    }

    /** What the map's step arrows were last asked to show (for tests). */
    String arrowsJson() {
        return arrowsJson;
    }

    private void configureCharts() {
        runsRenamed = true;
        List<String> labels = labels();
        map.setRuns(Charts.runs(labels));
        loss.configure(Charts.series(getTranslation("chart.loss"), "J", labels, List.of(""), false));
        theta.configure(Charts.series(getTranslation("chart.theta"), "θ", labels,
                experiment.dimension() == 1 ? List.of(" w") : List.of(" θ₁", " θ₂"), false));
        rates.configure(Charts.series(getTranslation("chart.lr"), "α", labels, List.of(""), false));
        loss.setLogY(logLoss.getValue());
        focus = Math.min(focus, labels.size() - 1);
        if (ruleTabs.getComponentCount() == labels.size()) {
            // Same runs, new names (an α changed): rename in place. Rebuilding the tabs would
            // fire their selection listener and send the rule and the EWMA charts twice more.
            for (int i = 0; i < labels.size(); i++) {
                Tab tab = (Tab) ruleTabs.getComponentAt(i);
                if (!labels.get(i).equals(tab.getLabel())) {
                    tab.setLabel(labels.get(i));
                }
            }
        } else {
            rebuildingTabs = true;
            try {
                ruleTabs.removeAll();
                for (String label : labels) {
                    ruleTabs.add(new Tab(label));
                }
            } finally {
                rebuildingTabs = false;
            }
        }
        if (ruleTabs.getSelectedIndex() != focus) {
            ruleTabs.setSelectedIndex(focus);
        }
    }

    /** The runs' names ("2 · Adam α=0.05"), made once per experiment: every frame asks for them. */
    private List<String> labels() {
        if (labelsOf == experiment) {
            return labels;
        }
        List<String> labels = new ArrayList<>();
        List<RunSpec> runs = experiment.runs();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec r = runs.get(i);
            labels.add((i + 1) + " · " + getTranslation("optimizer." + r.optimizerId()) + " α="
                    + Numbers.format(r.optimizer().lr()));
        }
        this.labels = List.copyOf(labels);
        labelsOf = experiment;
        return this.labels;
    }

    /** One chip per run; the chips are kept and only their text changes from frame to frame. */
    private void showStatuses(List<Trajectory> trajectories) {
        List<String> labels = labels();
        if (statuses.getComponentCount() != trajectories.size()) {
            statuses.removeAll();
            for (int i = 0; i < trajectories.size(); i++) {
                Span chip = new Span();
                chip.addClassName("status");
                chip.getStyle().set("border-left-color", Palette.run(i));
                chip.setId("status-" + (i + 1));
                statuses.add(chip);
            }
        }
        for (int i = 0; i < trajectories.size(); i++) {
            Span chip = (Span) statuses.getComponentAt(i);
            Trajectory t = trajectories.get(i);
            chip.setText(labels.get(i) + ": " + RunStatusText.of(this, t));
            for (var status : org.optimizerplayground.engine.run.Status.values()) {
                chip.setClassName("status-" + status.key(), status == t.status());
            }
        }
    }

    private void showRule(boolean exact) {
        long now = System.nanoTime();
        if (!exact && now - lastRuleNanos < RULE_REFRESH_NANOS) {
            return;
        }
        lastRuleNanos = now;
        int index = Math.min(focus, experiment.runs().size() - 1);
        RunSpec run = experiment.runs().get(index);
        Trajectory t = session.trajectories().get(index);
        ruleJson = UpdateRuleText.json(run, session.latestTerms(index),
                labels().get(index) + " — " + RunStatusText.of(this, t));
        if (ruleSection.isVisible()) {
            rule.show(ruleJson);
        }
        showEwma(exact);
    }

    /**
     * The EWMA explainer redraws its whole series (it replays the run in focus), so while
     * playing it follows at most once a second; paused or stepping it is exact.
     */
    private void showEwma(boolean exact) {
        long now = System.nanoTime();
        if (!ewma.isVisible() || !exact && now - lastEwmaNanos < EWMA_REFRESH_NANOS) {
            return;
        }
        lastEwmaNanos = now;
        int index = Math.min(focus, experiment.runs().size() - 1);
        int updates = session.trajectories().get(index).size() - 1;
        boolean restarted = session.generation() != ewmaGeneration;
        ewmaGeneration = session.generation();
        ewma.show(experiment, index, updates, restarted, labels().get(index), () -> showEwma(true));
    }

    private void applyHidden() {
        Map<String, Component> byId = Map.ofEntries(
                Map.entry("surface", experimentPanel.surfacePicker()), Map.entry("surface-editor", experimentPanel),
                Map.entry("run-editor", runsSection), Map.entry("play", play), Map.entry("pause", pause),
                Map.entry("step", step), Map.entry("reset", reset), Map.entry("speed", speed),
                Map.entry("share", share), Map.entry("contour-chart", map), Map.entry("loss-chart", loss),
                Map.entry("update-rule", ruleSection), Map.entry("code-export", codeExport),
                Map.entry("lessons", lessons), Map.entry("ewma-chart", ewma), Map.entry("sweep-chart", analysis), Map.entry("basin-chart", analysis));
        byId.values().forEach(c -> c.setVisible(true));
        for (String id : page.hide()) {
            Component c = byId.get(id);
            if (c != null) {
                c.setVisible(false);
            }
        }
        // With both editors hidden (the embed preset) the empty column gives its room to the
        // charts; a link that hides sharing is a student's, so the teacher's share goes too.
        controls.setVisible(experimentPanel.isVisible() || runsSection.isVisible());
        forStudents.setVisible(share.isVisible());
    }

    private void updateLink() {
        String query = Link.format(experiment, page);
        // Written by the browser's own history API: Vaadin's History.replaceState re-encodes the
        // query (adam(lr%3D0.1)), and a link is meant to be read, copied into slides and typed.
        // The URL goes in as a parameter, never as code. Vaadin 25's client router (without
        // React) writes the address as typed once a navigation's answer has arrived, after the
        // scripts of that answer: the page keeps its latest link and writes it again then.
        getElement().executeJs("window.__playgroundLink = $0;"
                + "window.history.replaceState(history.state, '', $0);"
                + "if (!window.__playgroundLinkKept) {"
                + "  window.__playgroundLinkKept = true;"
                + "  window.addEventListener('vaadin-router-location-changed',"
                + "    () => window.history.replaceState(history.state, '', window.__playgroundLink));"
                + "}",
                query.isEmpty() ? "./" : "?" + query);
    }

    private void shareLink() {
        // The address bar already holds the canonical link; copy it from there.
        getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText(window.location.href)"
                + ".then(() => true, () => false) : false").then(Boolean.class, copied -> Notification.show(
                        getTranslation(Boolean.TRUE.equals(copied) ? "share.copied" : "share.manual")));
    }

    private void notice(String text) {
        Span line = new Span(text);
        line.addClassName("notice");
        notices.add(line);
    }
}
