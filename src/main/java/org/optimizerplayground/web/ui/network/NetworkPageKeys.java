package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;
import org.optimizerplayground.web.ui.Messages;

/**
 * The network page's own link keys, which the API ignores: {@code speed} (1 … 5000 updates per
 * second or {@code max}), {@code weight} ({@link WeightPick}), {@code hide} (comma-separated ids
 * of {@link #HIDEABLE}) and {@code lang} ({@code en}, {@code es}). A value the page cannot read is
 * replaced by the default with a notice naming the key, in the page's language; the page opens anyway.
 */
final class NetworkPageKeys {
    /** What a link may hide on the network page, in the page's order. */
    static final List<String> HIDEABLE = List.of("lessons", "surfaces-link", "share", "play", "step", "reset", "speed",
            "data-editor", "run-editor", "decision-map", "update-rule", "loss-chart", "landscape");
    static final List<String> LANGUAGES = List.of("en", "es");

    private NetworkPageKeys() {
    }

    static int speed(QueryString q, Component i18n, Consumer<String> notice) {
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
            notice.accept(i18n.getTranslation("net.notice.speed", Messages.of(i18n, e.getMessage()),
                    Integer.toString(NetworkState.DEFAULT_SPEED)));
            return NetworkState.DEFAULT_SPEED;
        }
    }

    /** The weight of the rule panel, checked against the network the link opens. */
    static WeightPick weight(QueryString q, Architecture architecture, Component i18n, Consumer<String> notice) {
        if (!q.has("weight")) {
            return WeightPick.AUTO;
        }
        try {
            return WeightPick.parse(q.get("weight"), architecture);
        } catch (IllegalArgumentException e) {
            notice.accept(i18n.getTranslation("net.notice.weight", Messages.of(i18n, e.getMessage())));
            return WeightPick.AUTO;
        }
    }

    /** The ids to hide, each known and once (an unknown or repeated id: a notice, and it is left out). */
    static List<String> hide(QueryString q, Component i18n, Consumer<String> notice) {
        List<String> hide = new ArrayList<>();
        if (!q.has("hide") || q.get("hide").isEmpty()) {
            return hide;
        }
        for (String id : q.get("hide").split(",", -1)) {
            if (!HIDEABLE.contains(id) || hide.contains(id)) {
                notice.accept(hide.contains(id) ? i18n.getTranslation("net.notice.hide.repeated", Text.quote(id))
                        : i18n.getTranslation("net.notice.hide.unknown", Text.quote(id), String.join(", ", HIDEABLE)));
            } else {
                hide.add(id);
            }
        }
        return hide;
    }

    /** {@code en}, {@code es}, or null when the link gives none (or one the page does not speak, with a notice). */
    static String lang(QueryString q, Component i18n, Consumer<String> notice) {
        if (!q.has("lang")) {
            return null;
        }
        if (!LANGUAGES.contains(q.get("lang"))) {
            notice.accept(i18n.getTranslation("net.notice.lang", Text.quote(q.get("lang"))));
            return null;
        }
        return q.get("lang");
    }
}
