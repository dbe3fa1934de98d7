package org.optimizerplayground.web.ui.network;

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
import java.util.Set;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionDriver;
import org.optimizerplayground.web.ui.UiTabAccess;
import org.optimizerplayground.web.ui.Hideables;
import org.optimizerplayground.web.ui.KeyboardShortcuts;
import org.optimizerplayground.web.ui.LinkRepairFilter;
import org.optimizerplayground.web.ui.Messages;
import org.optimizerplayground.web.ui.PageLanguage;

/**
 * The network page ({@code /network}): the route and the layout. Reads the link into the one
 * {@link NetworkState} (a link it cannot read opens the defaults with a notice naming the key);
 * the tab's {@link NetworkSession} follows the state and streams frames to the charts, the
 * decision map and the run statuses.
 */
@Route("network")
@CssImport("./styles/playground.css")
@CssImport("./network/network.css")
public class NetworkView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    /** The decision map is computed at most this often (5 times a second). */
    static final long GRID_NANOS = 200_000_000L;

    private final FrameScheduler scheduler;
    private final NetworkSessions sessions;
    private final NetworkState state = new NetworkState();
    private final NetworkAddressBar addressBar = new NetworkAddressBar(state, this);
    private final Div notices = new Div();
    private final NetworkControls controls = new NetworkControls(state);
    private final RunsEditor runs = new RunsEditor(state);
    private final NetworkPlayback playback = new NetworkPlayback(state, this::session, this::commanded);
    private final Hideables hideables = new Hideables();
    private final NetworkStatuses statuses = new NetworkStatuses();
    private final DecisionMap map = new DecisionMap();
    private final NetworkCharts charts = new NetworkCharts();
    private final NetworkLessonsMenu lessons = new NetworkLessonsMenu();
    private final LandscapePanel landscape = new LandscapePanel(state);
    private final NetworkRuleSection rule = new NetworkRuleSection(state);
    private final KeyboardShortcuts shortcuts = new KeyboardShortcuts();
    private final NetworkHeader header = new NetworkHeader(lessons, shortcuts, hideables);
    private NetworkSession session;
    private NetworkDriver driver;
    private long drawnGeneration = -1;
    private long lastGridNanos;
    private boolean following;

    public NetworkView(FrameScheduler scheduler, NetworkSessions sessions) {
        this.scheduler = scheduler;
        this.sessions = sessions;
        addClassName("playground");
        addClassName("network-page");
        // a lesson opens its link (not through the router: it would write its own spelling of the query after
        // the canonical one); the text shows while the page's link is the lesson's
        lessons.addLessonChosenListener(e -> state.open(NetworkLink.read(e.lesson().query()), e.lesson().speed(), true));
        state.addChangeListener(c -> lessons.show(NetworkLessons.byQuery(state.settingLink()).orElse(null)));
        notices.setId("link-notice");
        notices.addClassName("notices");
        shortcuts.addShortcutListener(e -> shortcut(e.key()));
        map.setId("net-map");
        Div mapBox = new Div(map, new Span(getTranslation("net.map.note")));
        mapBox.addClassName("network-map");
        Section left = new Section(controls, runs);
        left.addClassName("controls");
        Section stage = new Section(playback, statuses, mapBox, rule, charts, landscape);
        stage.addClassName("stage");
        Div body = new Div(left, stage);
        body.addClassName("body");
        add(header, notices, body);
        playback.register(hideables);
        for (var hideable : java.util.Map.of("data-editor", controls, "run-editor", runs, "decision-map", mapBox,
                "update-rule", rule).entrySet()) {
            hideables.register(hideable.getKey(), hideable.getValue());
        }
        hideables.register("loss-chart", charts);
        hideables.register("landscape", landscape);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("net.page.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        notices.removeAll();
        QueryString q = LinkRepairFilter.query(event.getLocation().getQueryParameters());
        TrainSpec spec;
        try {
            spec = NetworkLink.read(q, Set.of());
        } catch (LinkException e) {
            spec = NetworkLink.read("");
            notice(getTranslation("net.link.unreadable", e.param(), Messages.of(this, e.getMessage())));
        }
        String lang = NetworkPageKeys.lang(q, this, this::notice);
        if (PageLanguage.switchTo(getLocale(), lang)) {
            return;
        }
        List<String> hide = NetworkPageKeys.hide(q, this, this::notice);
        hideables.apply(hide);
        state.keep(hide, lang);
        int speedValue = NetworkPageKeys.speed(q, this, this::notice);
        WeightPick weight = NetworkPageKeys.weight(q, spec.architecture(), this, this::notice);
        boolean playing = !(q.has("play") && q.get("play").equals("false"));
        state.open(spec, speedValue, playing, weight);
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
        session = new NetworkSession(state.spec(), state.speed());
        drawnGeneration = -1;
        SessionDriver.TabAccess tab = new UiTabAccess(ui);
        driver = new NetworkDriver(session, scheduler, sessions, tab, () -> draw(false));
        if (!following) {
            following = true;
            state.addChangeListener(this::follow);
        }
        if (state.play()) {
            session.play();
        }
        draw(true);
        driver.sync();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (driver != null) {
            driver.close();
        }
    }

    private void follow(NetworkState.Changed c) {
        if (session == null) {
            return; // not attached yet: onAttach starts from the state
        }
        if (c.cause() == NetworkState.Cause.OPENED) {
            session.pause();
            session.setSpeed(c.speed());
            session.setSpec(c.spec());
            if (c.play()) {
                session.play();
            }
        } else {
            if (c.speed() != c.speedBefore()) {
                session.setSpeed(c.speed());
            }
            if (c.specChanged()) {
                session.setSpec(c.spec()); // every edit restarts the race, live
                session.play();
            }
        }
        draw(true);
        driver.sync();
    }

    /**
     * A keyboard shortcut ({@link KeyboardShortcuts}, as on the surface page): space play/pause,
     * → one update, r reset, ? the help; one whose button the link hides does nothing.
     */
    void shortcut(String key) {
        if (key.equals("help")) {
            header.openShortcutsHelp();
        } else {
            playback.shortcut(key);
        }
    }

    /** After a button or a shortcut: the page shows its effect at once. */
    private void commanded() {
        draw(true);
        driver.sync();
    }

    /** This frame: new points to the charts, the statuses, and now and then the decision map. */
    private void draw(boolean exact) {
        TrainSpec spec = session.spec();
        List<String> labels = statuses.labels(spec);
        if (session.generation() != drawnGeneration) {
            drawnGeneration = session.generation();
            charts.configure(labels);
            map.setPoints(session.problem().split());
            playback.showRuns(labels);
            exact = true;
        }
        charts.append(session);
        long now = System.nanoTime();
        if (exact || session.finished() || now - lastGridNanos >= GRID_NANOS) {
            lastGridNanos = now;
            map.setGrid(NetworkSession.GRID, -NetworkSession.WINDOW, NetworkSession.WINDOW, session.grid(state.focus()));
        }
        statuses.show(session, labels, spec.steps());
        int inFocus = Math.min(state.focus(), labels.size() - 1);
        rule.draw(session, inFocus, labels.get(inFocus), exact || !session.needsTicks());
        playback.show(state, session.needsTicks());
    }

    // ---- for tests ----
    String link() {
        return addressBar.link();
    }

    NetworkSession session() {
        return session;
    }

    NetworkState state() {
        return state;
    }

    NetworkRuleSection rule() {
        return rule;
    }

    LandscapePanel landscape() {
        return landscape;
    }

    boolean dark() {
        return header.dark();
    }

    String lastGrid() {
        return map.lastGrid();
    }
}
