package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.run.Trajectory;
import org.optimizerplayground.web.frames.FrameSockets;
import org.optimizerplayground.web.session.FrameScheduler;
import org.optimizerplayground.web.session.SessionDriver;
import org.optimizerplayground.web.session.SessionRegistry;
import org.optimizerplayground.web.session.SimulationSession;

/**
 * The tab's {@link SimulationSession} and its frame task: follows the {@link PlaygroundState}
 * (a new experiment restarts the runs, a new speed paces them), takes the playback commands, and
 * once per tick makes one {@link Frame} that it hands to every {@link Frame.View}.
 */
final class LiveSession {
    /** A playback command. */
    enum Command { PLAY, PAUSE, STEP, RESET }

    private final FrameScheduler scheduler;
    private final SessionRegistry registry;
    private final PlaygroundState state;
    private final Component i18n;
    private final List<Frame.View> views = new ArrayList<>();
    private final FrameChannel channel;
    private SimulationSession session;
    private SessionDriver driver;
    private UI ui;
    private long frameGeneration = -1;
    /** Per run, the epoch it was last drawn under. */
    private long[] drawnEpochs = new long[0];
    private Experiment labelled;
    private List<String> labels = List.of();
    private boolean renamed;
    private boolean following;
    private String answeredResponse;
    private int answeredAt;
    /** The last client message the tab's UI had processed when this session attached to it (−1: none). */
    private int attachedAt = Integer.MIN_VALUE;

    LiveSession(FrameScheduler scheduler, SessionRegistry registry, PlaygroundState state, Component i18n,
                FrameSockets sockets) {
        this.channel = new FrameChannel(sockets);
        this.scheduler = scheduler;
        this.registry = registry;
        this.state = state;
        this.i18n = i18n;
    }

    /** {@code view} gets every frame, in the order the views were added. */
    void addView(Frame.View view) {
        views.add(view);
    }

    /** Starts the session for the tab of {@code ui} and follows the state from now on. */
    void attach(UI ui) {
        this.ui = ui;
        attachedAt = ui.getInternals().getLastProcessedClientToServerId();
        channel.whenSocketOpens(this::releaseFirstAnswer);
        session = new SimulationSession(registry.store(), state.experiment(), state.page().speed());
        SessionDriver.TabAccess tab = new UiTabAccess(ui);
        driver = new SessionDriver(session, scheduler, registry, tab, (SessionDriver.FrameSink) this::timedFrame);
        if (!following) {
            following = true;
            state.addChangeListener(this::follow);
        }
        open();
    }

    /**
     * One timed frame (the driver's, after the session ticked): drawn, unless a frame is still in
     * flight on the tab's frame socket; then nothing is taken and the next frame carries the points.
     */
    boolean timedFrame() {
        if (channel.holdBack()) {
            return false;
        }
        draw(false);
        releaseAnsweredResponse(ui);
        return true;
    }

    /** Ends the session with the tab. */
    void detach() {
        if (driver != null) {
            driver.close();
        }
    }

    private void follow(PlaygroundState.Changed change) {
        if (change.cause() == PlaygroundState.Cause.OPENED) {
            open();
            return;
        }
        if (change.onlyViewChanged()) {
            session.setView(change.experiment());
        } else if (change.experimentChanged()) {
            session.setExperiment(change.experiment());
        }
        if (change.page().speed() != change.pageBefore().speed()) {
            session.setSpeed(change.page().speed());
        }
        draw(true);
        driver.sync();
        releaseAnsweredResponse(ui);
    }

    /** A link was opened: its runs from θ₀, played if the link says so. */
    private void open() {
        session.pause();
        session.setSpeed(state.page().speed());
        session.setExperiment(state.experiment());
        session.reset(); // every run from θ₀, even those the link before had too
        if (state.page().play()) {
            session.play();
        }
        draw(true);
        driver.sync();
    }

    void command(Command c) {
        switch (c) {
            case PLAY -> session.play();
            case PAUSE -> session.pause();
            case STEP -> session.step();
            case RESET -> session.reset();
        }
        draw(true);
        driver.sync();
        releaseAnsweredResponse(ui);
    }

    /** Whether the runs are playing (ticks are needed). */
    boolean playing() {
        return session.needsTicks();
    }

    /** Makes this tick's frame and hands it to every view; {@code exact} after an edit or a command. */
    void draw(boolean exact) {
        channel.beginDraw();
        Experiment e = session.experiment();
        if (labelled != e) {
            List<String> next = RunLabels.of(i18n, e);
            renamed |= !next.equals(labels) || labelled == null || labelled.dimension() != e.dimension();
            labels = next;
            labelled = e;
        }
        frameGeneration = session.generation();
        int stride = Frame.mapStride(e.steps());
        int bucket = Frame.bucket(e.steps());
        List<Trajectory> trajectories = session.trajectories();
        List<Frame.Run> runs = new ArrayList<>();
        long[] epochs = new long[trajectories.size()];
        boolean restarted = true;
        for (int i = 0; i < trajectories.size(); i++) {
            int[] range = session.takeNew(i);
            epochs[i] = session.epoch(i);
            boolean runRestarted = i >= drawnEpochs.length || drawnEpochs[i] != epochs[i];
            restarted &= runRestarted;
            runs.add(new Frame.Run(i, trajectories.get(i), range[0], range[1], stride, session.latestTermsOnRead(i), bucket,
                    epochs[i], runRestarted));
        }
        drawnEpochs = epochs;
        Frame frame = new Frame(frameGeneration, restarted, renamed, session.needsTicks(), exact, e, labels,
                Math.min(state.focus(), runs.size() - 1), List.copyOf(runs), new FrameMessage());
        renamed = false;
        views.forEach(v -> v.draw(frame));
        channel.send(frame.message());
    }

    /**
     * The page opened its frame socket, with a token it took from the answer to its first
     * request: it has that answer (the whole page, about 700 KB), which Vaadin would otherwise keep
     * until a timed frame sees a later message — never, for a tab whose runs ended at once
     * ({@code speed=max}) and whose student only looks. Let go if no message came since.
     */
    private void releaseFirstAnswer() {
        var internals = ui.getInternals();
        if (internals.getLastProcessedClientToServerId() == attachedAt && internals.getLastRequestResponse() != null) {
            internals.setLastRequestResponse(null);
            answeredResponse = null;
        }
    }

    /** The element the frames go to; the page puts it anywhere in the view. */
    FrameChannel channel() {
        return channel;
    }

    /**
     * Vaadin keeps its answer to the tab's last HTTP request, to send it again should the browser
     * repeat that request. With push over a websocket that answer is the one to the page's first
     * request — the whole page, about 350 KB as a Java string — and it would stay for the life of
     * the tab. Once the browser has sent a later message it can no longer repeat that request, so
     * the answer is let go.
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

    SimulationSession session() {
        return session;
    }

    SessionDriver driver() {
        return driver;
    }

    /** Runs {@code action} on the session (the recorder restarts the runs from θ₀). */
    void with(Consumer<SimulationSession> action) {
        action.accept(session);
    }
}
