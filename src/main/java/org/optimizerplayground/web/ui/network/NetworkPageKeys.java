package org.optimizerplayground.web.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;

/**
 * The network page's own link keys, which the API ignores: {@code speed} (1 … 5000 updates per
 * second or {@code max}), {@code weight} ({@link WeightPick}), {@code hide} (comma-separated ids
 * of {@link #HIDEABLE}) and {@code lang} ({@code en}, {@code es}). A value the page cannot read is
 * replaced by the default with a notice naming the key; the page opens anyway.
 */
final class NetworkPageKeys {
    /** What a link may hide on the network page, in the page's order. */
    static final List<String> HIDEABLE = List.of("lessons", "surfaces-link", "share", "play", "step", "reset", "speed",
            "data-editor", "run-editor", "decision-map", "update-rule", "loss-chart", "landscape");
    static final List<String> LANGUAGES = List.of("en", "es");

    private NetworkPageKeys() {
    }

    static int speed(QueryString q, Consumer<String> notice) {
        if (!q.has("speed")) {
            return NetworkState.DEFAULT_SPEED;
        }
        String s = q.get("speed");
        if (s.equals("max")) {
            return NetworkSession.MAX_SPEED;
        }
        try {
            return (int) Numbers.parseWhole("speed", s, 1, 5000);
        } catch (IllegalArgumentException e) {
            notice.accept("The link's key 'speed' could not be read (" + e.getMessage() + "); using "
                    + NetworkState.DEFAULT_SPEED + " updates per second.");
            return NetworkState.DEFAULT_SPEED;
        }
    }

    /** The weight of the rule panel, checked against the network the link opens. */
    static WeightPick weight(QueryString q, Architecture architecture, Consumer<String> notice) {
        if (!q.has("weight")) {
            return WeightPick.AUTO;
        }
        try {
            return WeightPick.parse(q.get("weight"), architecture);
        } catch (IllegalArgumentException e) {
            notice.accept("The link's key 'weight' could not be read (" + e.getMessage()
                    + "); showing the weight with the largest gradient.");
            return WeightPick.AUTO;
        }
    }

    /** The ids to hide, each known and once (an unknown or repeated id: a notice, and it is left out). */
    static List<String> hide(QueryString q, Consumer<String> notice) {
        List<String> hide = new ArrayList<>();
        if (!q.has("hide") || q.get("hide").isEmpty()) {
            return hide;
        }
        for (String id : q.get("hide").split(",", -1)) {
            if (!HIDEABLE.contains(id) || hide.contains(id)) {
                notice.accept("The link's key 'hide' names '" + Text.quote(id) + "', which is "
                        + (hide.contains(id) ? "repeated" : "not one of " + String.join(", ", HIDEABLE)) + "; ignored.");
            } else {
                hide.add(id);
            }
        }
        return hide;
    }

    /** {@code en}, {@code es}, or null when the link gives none (or one the page does not speak, with a notice). */
    static String lang(QueryString q, Consumer<String> notice) {
        if (!q.has("lang")) {
            return null;
        }
        if (!LANGUAGES.contains(q.get("lang"))) {
            notice.accept("The link's key 'lang' must be one of en, es, got '" + Text.quote(q.get("lang")) + "'.");
            return null;
        }
        return q.get("lang");
    }
}
