package org.optimizerplayground.web.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.TrainSpec;

/**
 * The one copy of what the network page shows: the link's setting ({@link TrainSpec}), the
 * speed, whether it plays, the run in focus (whose decision boundary the map draws and whose
 * update rule the rule panel shows) and the weight the rule panel shows ({@link WeightPick},
 * always one of the network's: an edit of the network that removes it goes back to auto). Every
 * edit goes through here and fires one {@link Changed}; nobody else keeps a copy.
 */
final class NetworkState {
    static final int DEFAULT_SPEED = 100;

    /** What changed: a link was opened, or the user edited something. */
    enum Cause { OPENED, EDITED }

    record Changed(Cause cause, TrainSpec spec, TrainSpec before, int speed, int speedBefore, boolean play,
                   int focus) {
        boolean specChanged() {
            return !spec.equals(before);
        }
    }

    private final List<Consumer<Changed>> listeners = new ArrayList<>();
    private TrainSpec spec = NetworkLink.read("");
    private int speed = DEFAULT_SPEED;
    private boolean play = true;
    private int focus;
    private WeightPick weight = WeightPick.AUTO;
    /** The link's {@code hide} and {@code lang}: set by a link, kept through edits and lessons. */
    private List<String> hide = List.of();
    private String lang;

    void addChangeListener(Consumer<Changed> listener) {
        listeners.add(listener);
    }

    TrainSpec spec() {
        return spec;
    }

    int speed() {
        return speed;
    }

    boolean play() {
        return play;
    }

    int focus() {
        return Math.min(focus, spec.runs().size() - 1);
    }

    WeightPick weight() {
        return weight;
    }

    /** A link opened: everything at once (a lesson's link: the weight back to auto). */
    void open(TrainSpec next, int nextSpeed, boolean nextPlay) {
        open(next, nextSpeed, nextPlay, WeightPick.AUTO);
    }

    /** The page keys a teacher's link sets once: the hidden controls and the language (null: unset). */
    void keep(List<String> nextHide, String nextLang) {
        hide = List.copyOf(nextHide);
        lang = nextLang;
    }

    List<String> hide() {
        return hide;
    }

    /** A link opened: everything at once; {@code nextWeight} must fit {@code next}'s network. */
    void open(TrainSpec next, int nextSpeed, boolean nextPlay, WeightPick nextWeight) {
        if (!nextWeight.fits(next.architecture())) {
            throw new IllegalArgumentException("weight " + nextWeight.format() + " is not one of the network's");
        }
        TrainSpec before = spec;
        int speedBefore = speed;
        spec = next;
        speed = nextSpeed;
        play = nextPlay;
        focus = 0;
        weight = nextWeight;
        fire(Cause.OPENED, before, speedBefore);
    }

    void setSpec(TrainSpec next) {
        if (next.equals(spec)) {
            return;
        }
        TrainSpec before = spec;
        spec = next;
        if (!weight.fits(next.architecture())) {
            weight = WeightPick.AUTO;
        }
        fire(Cause.EDITED, before, speed);
    }

    /** The rule panel's weight; one of the network's. */
    void setWeight(WeightPick next) {
        if (next.equals(weight)) {
            return;
        }
        if (!next.fits(spec.architecture())) {
            throw new IllegalArgumentException("weight " + next.format() + " is not one of the network's");
        }
        weight = next;
        fire(Cause.EDITED, spec, speed);
    }

    void setSpeed(int next) {
        if (next == speed) {
            return;
        }
        int before = speed;
        speed = next;
        fire(Cause.EDITED, spec, before);
    }

    void setFocus(int run) {
        if (run == focus) {
            return;
        }
        focus = run;
        fire(Cause.EDITED, spec, speed);
    }

    /**
     * The setting's link: {@link NetworkLink#format}, then the speed and the weight when they are
     * not the defaults (what a lesson's link is compared with).
     */
    String settingLink() {
        String query = NetworkLink.format(spec);
        if (speed != DEFAULT_SPEED) {
            query = and(query, "speed=" + (speed == NetworkSession.MAX_SPEED ? "max" : Integer.toString(speed)));
        }
        if (!weight.auto()) {
            query = and(query, "weight=" + weight.format());
        }
        return query;
    }

    /** The canonical link: {@link #settingLink}, then the link's {@code hide} and {@code lang}. */
    String link() {
        String query = settingLink();
        if (!hide.isEmpty()) {
            query = and(query, "hide=" + String.join(",", hide));
        }
        if (lang != null) {
            query = and(query, "lang=" + lang);
        }
        return query;
    }

    private static String and(String query, String part) {
        return query.isEmpty() ? part : query + "&" + part;
    }

    private void fire(Cause cause, TrainSpec before, int speedBefore) {
        Changed c = new Changed(cause, spec, before, speed, speedBefore, play, focus());
        listeners.forEach(l -> l.accept(c));
    }
}
