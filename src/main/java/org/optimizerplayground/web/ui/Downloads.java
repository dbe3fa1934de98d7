package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.optimizerplayground.engine.experiment.Link;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;

/**
 * Downloads for slides and notebooks: the exact trajectory as CSV or JSON (the API link of what
 * is shown), the map or the loss chart as a PNG image, and a video of the map while the runs play.
 */
final class Downloads extends Div implements Frame.View {
    private final Anchor csv = new Anchor();
    private final Anchor json = new Anchor();
    private final Button recordVideo = new Button();
    private final ContourChart map;
    private final LiveSession live;
    private boolean recording;

    Downloads(PlaygroundState state, LiveSession live, ContourChart map, SeriesChart loss) {
        this.map = map;
        this.live = live;
        setId("downloads");
        addClassName("downloads");
        csv.setText(getTranslation("download.csv"));
        csv.setId("download-csv");
        csv.getElement().setAttribute("download", "trajectory.csv");
        json.getElement().setAttribute("download", "trajectory.json");
        json.setText(getTranslation("download.json"));
        json.setId("download-json");
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
        add(new Span(getTranslation("download.label")), csv, json, mapPng, lossPng, recordVideo);
        state.addChangeListener(c -> {
            if (c.experimentChanged()) {
                // download=true: the API answers with Content-Disposition: attachment, a file to save.
                String query = Link.format(c.experiment());
                String api = "api/trajectory?" + (query.isEmpty() ? "" : query + "&") + "download=true";
                String name = "optimizer-playground-" + c.experiment().surface().id();
                json.setHref(api);
                json.getElement().setAttribute("download", name + ".json");
                csv.setHref(api + "&format=csv");
                csv.getElement().setAttribute("download", name + ".csv");
            }
        });
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
        live.with(s -> s.reset());
        live.command(LiveSession.Command.PLAY);
    }

    private void stopRecording() {
        recording = false;
        recordVideo.setText(getTranslation("download.video"));
        map.stopRecording();
    }

    @Override
    public void draw(Frame frame) {
        if (recording && !frame.playing()) {
            stopRecording(); // the animation has ended (or was paused)
        }
    }
}
