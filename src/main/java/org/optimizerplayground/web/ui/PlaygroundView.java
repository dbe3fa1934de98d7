package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.PageOptions;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.optimizerplayground.web.export.CodeExportPanel;
import org.optimizerplayground.web.frames.FrameSockets;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionDriver;
import org.optimizerplayground.web.session.SessionRegistry;
import org.optimizerplayground.web.session.SimulationSession;
import org.optimizerplayground.web.ui.lessons.Lesson;
import org.optimizerplayground.web.ui.lessons.Lessons;
import org.optimizerplayground.web.ui.lessons.LessonsMenu;

/**
 * The playground's route and layout: controls on one side, the map, the curves and the update
 * rule on the other. Reads the link into the one {@link PlaygroundState}; every panel follows
 * that state and the {@link Frame}s of the tab's {@link LiveSession}.
 */
@Route("")
@CssImport("./styles/playground.css")
public class PlaygroundView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final PlaygroundState state = new PlaygroundState();
    private final Hideables hideables = new Hideables();
    private final LiveSession live;
    private final AddressBar addressBar = new AddressBar(state, this);
    private final Div notices = new Div();
    private final LessonsMenu lessons = new LessonsMenu();
    private final KeyboardShortcuts shortcuts = new KeyboardShortcuts();
    private final PageHeader header = new PageHeader(state, lessons, shortcuts, hideables);
    private final ExperimentPanel experimentPanel = new ExperimentPanel(state, hideables);
    private final RunList runList = new RunList(state, hideables);
    private final Section controls = new Section(experimentPanel, runList);
    private final PlaybackControls playback;
    private final MapPanel map = new MapPanel(state, hideables);
    private final CurvesPanel curves = new CurvesPanel(hideables);
    private final RuleSection rule = new RuleSection(state, hideables);
    private final EwmaPanel ewma = new EwmaPanel();
    private final CodeExportPanel codeExport = new CodeExportPanel();

    public PlaygroundView(FrameScheduler scheduler, SessionRegistry registry, AnalysisService analysisService,
                          FrameSockets sockets) {
        addClassName("playground");
        live = new LiveSession(scheduler, registry, state, this, sockets);
        playback = new PlaybackControls(state, live, hideables);
        StatusChips statuses = new StatusChips();
        Downloads downloads = new Downloads(state, live, map.chart(), curves.lossChart());
        AnalysisPanel analysis = new AnalysisPanel(analysisService, state, hideables);
        for (Frame.View v : List.<Frame.View>of(playback, statuses, map, curves, rule, ewma, downloads)) {
            live.addView(v);
        }
        hideables.register("code-export", codeExport);
        hideables.register("ewma-chart", ewma);
        state.addChangeListener(c -> {
            if (c.runsChanged()) {
                codeExport.show(c.experiment());
            }
        });
        shortcuts.addShortcutListener(e -> shortcut(e.key()));
        lessons.addLessonChosenListener(e -> lessonChosen(e.lesson()));
        notices.setId("link-notice");
        notices.addClassName("notices");
        controls.addClassName("controls");
        Section stage = new Section(playback, statuses, map, curves, downloads, rule, ewma, codeExport, analysis,
                live.channel());
        stage.addClassName("stage");
        Div body = new Div(controls, stage);
        body.addClassName("body");
        add(header, notices, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notices.removeAll();
        Experiment experiment;
        PageOptions page;
        try {
            Link.Reading reading = Link.readForPage(LinkRepairFilter.query(event.getLocation().getQueryParameters()));
            experiment = reading.experiment();
            page = reading.page();
            reading.notices().forEach(this::notice);
        } catch (LinkException e) {
            experiment = Experiment.defaults();
            page = PageOptions.defaults();
            notice(getTranslation("link.unreadable", Messages.of(this, e.getMessage())));
        }
        if (PageLanguage.switchTo(getLocale(), page.lang())) {
            return;
        }
        lessons.show(Lessons.byQuery(Link.format(experiment, page)).orElse(null));
        open(experiment, page);
    }

    private void open(Experiment experiment, PageOptions page) {
        hideables.apply(page.hide());
        // With both editors hidden (the embed preset) the empty column gives its room to the charts.
        controls.setVisible(experimentPanel.isVisible() || runList.isVisible());
        header.followShare();
        state.open(experiment, page); // before the tab attaches, its session starts with this state
    }

    /**
     * A lesson from the menu: the page opens its link, as if the student had followed it, with a
     * history entry so that Back returns to what was shown before. Not through the router: it
     * would push its own spelling of the query (keys regrouped) after the canonical link.
     */
    private void lessonChosen(Lesson lesson) {
        Link.Reading reading = Link.readForPage(QueryString.parse(lesson.query()));
        notices.removeAll();
        addressBar.push(lesson.link());
        open(reading.experiment(), reading.page());
    }

    private void notice(String text) {
        Span line = new Span(text);
        line.addClassName("notice");
        notices.add(line);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        PageLanguage.announce(ui, getLocale());
        header.restoreTheme();
        live.attach(ui);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        live.detach();
    }

    // ---- for tests ----
    SimulationSession session() {
        return live.session();
    }

    LiveSession live() {
        return live;
    }

    SessionDriver driver() {
        return live.driver();
    }

    String link() {
        return addressBar.link();
    }

    String ruleJson() {
        return rule.ruleJson();
    }

    String arrowsJson() {
        return map.arrowsJson();
    }

    TeacherShareDialog teacherShare() {
        return header.teacherShare();
    }

    boolean dark() {
        return header.dark();
    }

    /** A keyboard shortcut (also for tests). */
    void shortcut(String key) {
        if (key.equals("help")) {
            header.openShortcutsHelp();
        } else {
            playback.shortcut(key);
        }
    }
}
