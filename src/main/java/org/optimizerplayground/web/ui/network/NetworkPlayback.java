package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.optimizerplayground.web.ui.Hideables;

/**
 * The network page's playback row: play/pause, one update, reset, the speed and the run in focus.
 * Speed and focus are written into the one {@link NetworkState}; a command runs on the tab's
 * {@link NetworkSession} and then {@code afterCommand} redraws the page. The keyboard shortcuts
 * press the same buttons, so a shortcut whose button the link hides does nothing.
 */
final class NetworkPlayback extends Div {
    private static final int[] SPEEDS = {1, 10, 30, 100, 300, 1000, 3000, 5000, NetworkSession.MAX_SPEED};

    private final Supplier<NetworkSession> session;
    private final Runnable afterCommand;
    private final Button play = new Button();
    private final Button step = new Button(getTranslation("net.step"), VaadinIcon.STEP_FORWARD.create());
    private final Button reset = new Button(getTranslation("net.reset"), VaadinIcon.ROTATE_LEFT.create());
    private final Select<Integer> speed = new Select<>();
    private final Select<Integer> focus = new Select<>();
    private Boolean shownPlaying;

    NetworkPlayback(NetworkState state, Supplier<NetworkSession> session, Runnable afterCommand) {
        this.session = session;
        this.afterCommand = afterCommand;
        addClassName("network-playback");
        play.setId("net-play");
        step.setId("net-step");
        reset.setId("net-reset");
        play.addClickListener(e -> command(this::playOrPause));
        step.addClickListener(e -> command(() -> session.get().step()));
        reset.addClickListener(e -> command(() -> session.get().reset()));
        speed.setId("net-speed");
        speed.setLabel(getTranslation("net.speed"));
        speed.setItems(Arrays.stream(SPEEDS).boxed().toList());
        speed.setItemLabelGenerator(s -> s == NetworkSession.MAX_SPEED ? "max" : Integer.toString(s));
        speed.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                state.setSpeed(e.getValue());
            }
        });
        focus.setId("net-focus");
        focus.setLabel(getTranslation("net.focus"));
        focus.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                state.setFocus(e.getValue());
            }
        });
        add(play, step, reset, speed, focus);
    }

    /** The buttons and the speed can be hidden by the link's {@code hide} key. */
    void register(Hideables hideables) {
        hideables.register("play", play);
        hideables.register("step", step);
        hideables.register("reset", reset);
        hideables.register("speed", speed);
    }

    /** A keyboard shortcut: {@code play}, {@code step} or {@code reset}; false for any other key. */
    boolean shortcut(String key) {
        switch (key) {
            case "play" -> pressed(play, this::playOrPause);
            case "step" -> pressed(step, () -> session.get().step());
            case "reset" -> pressed(reset, () -> session.get().reset());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** New runs (another lesson, a run added or removed): the focus menu lists them. */
    void showRuns(List<String> labels) {
        // The old choice may be gone, so it is cleared before the items change, and the labels
        // never index past the new runs.
        focus.clear();
        focus.setItemLabelGenerator(i -> i < labels.size() ? labels.get(i) : "");
        focus.setItems(IntStream.range(0, labels.size()).boxed().toList());
    }

    /** This frame: the menus follow the state, the play button says what pressing it does. */
    void show(NetworkState state, boolean playing) {
        if (focus.getValue() == null || focus.getValue() != state.focus()) {
            focus.setValue(state.focus());
        }
        if (speed.getValue() == null || speed.getValue() != state.speed()) {
            speed.setValue(state.speed());
        }
        if (!Boolean.valueOf(playing).equals(shownPlaying)) { // not a new icon on every frame
            shownPlaying = playing;
            play.setText(getTranslation(playing ? "net.pause" : "net.play"));
            play.setIcon(playing ? VaadinIcon.PAUSE.create() : VaadinIcon.PLAY.create());
        }
    }

    private void playOrPause() {
        NetworkSession s = session.get();
        if (s.needsTicks()) {
            s.pause();
        } else {
            s.play();
        }
    }

    private void pressed(Button button, Runnable action) {
        if (button.isVisible() && session.get() != null) {
            command(action);
        }
    }

    private void command(Runnable action) {
        action.run();
        afterCommand.run();
    }
}
