package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.optimizerplayground.engine.experiment.PageOptions;

/** Play, pause, one step, reset and the speed: the session's playback, and its keyboard shortcuts. */
final class PlaybackControls extends Div implements Frame.View {
    static final List<Integer> SPEEDS = List.of(1, 3, 10, 30, 60, 100, 300, 1000, 5000, PageOptions.MAX_SPEED);

    private final LiveSession live;
    private final Button play = new Button();
    private final Button pause = new Button();
    /** Whether the buttons show a playing session (play disabled, pause enabled); null before the first frame. */
    private Boolean shownPlaying;
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Select<Integer> speed = new Select<>();

    PlaybackControls(PlaygroundState state, LiveSession live, Hideables hideables) {
        this.live = live;
        addClassName("playback");
        button(play, "play", VaadinIcon.PLAY, LiveSession.Command.PLAY);
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(pause, "pause", VaadinIcon.PAUSE, LiveSession.Command.PAUSE);
        button(step, "step", VaadinIcon.STEP_FORWARD, LiveSession.Command.STEP);
        button(reset, "reset", VaadinIcon.BACKWARDS, LiveSession.Command.RESET);
        speed.setId("speed");
        speed.setLabel(getTranslation("speed"));
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(s -> s == PageOptions.MAX_SPEED ? getTranslation("speed.max")
                : getTranslation("speed.value", s));
        speed.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                state.editPage(p -> p.withSpeed(e.getValue()));
            }
        });
        state.addChangeListener(c -> speed.setValue(c.page().speed()));
        add(play, pause, step, reset, speed);
        for (var b : List.of(play, pause, step, reset, speed)) {
            hideables.register(b.getId().orElseThrow(), b);
        }
    }

    private void button(Button b, String id, VaadinIcon icon, LiveSession.Command command) {
        b.setText(getTranslation(id));
        b.setIcon(icon.create());
        b.setId(id);
        b.addClickListener(e -> live.command(command));
    }

    /** A keyboard shortcut; one whose button the link hides does nothing (a teacher's choice). */
    void shortcut(String key) {
        switch (key) {
            case "play" -> {
                boolean playing = live.playing();
                if ((playing ? pause : play).isVisible()) {
                    live.command(playing ? LiveSession.Command.PAUSE : LiveSession.Command.PLAY);
                }
            }
            case "step" -> {
                if (step.isVisible()) {
                    live.command(LiveSession.Command.STEP);
                }
            }
            case "reset" -> {
                if (reset.isVisible()) {
                    live.command(LiveSession.Command.RESET);
                }
            }
            default -> {
                // an unknown key from the client: nothing to do
            }
        }
    }

    @Override
    public void draw(Frame frame) {
        // Set only on a change: each call costs the tab a command in the next frame. What was set
        // is remembered here (only this sets the two buttons' enabled state): Button.isEnabled
        // walks the element's ancestors, every frame.
        if (shownPlaying == null || shownPlaying != frame.playing()) {
            play.setEnabled(!frame.playing());
            pause.setEnabled(frame.playing());
            shownPlaying = frame.playing();
        }
    }
}
