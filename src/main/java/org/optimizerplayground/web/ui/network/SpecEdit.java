package org.optimizerplayground.web.ui.network;

import java.util.ArrayList;
import java.util.List;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.TrainSpec;

/**
 * An edit of one link key of a setting, checked by the link's own reader: the page's fields
 * accept exactly what a link accepts, with the same messages ({@link NetworkLink#read}).
 */
final class SpecEdit {
    private SpecEdit() {
    }

    /**
     * {@code spec} with {@code key} set to {@code value} ({@code run}: {@code values} are every run).
     *
     * @throws org.optimizerplayground.engine.experiment.LinkException naming the key when the value is refused
     */
    static TrainSpec with(TrainSpec spec, String key, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (String part : NetworkLink.format(spec).split("&")) {
            if (!part.isEmpty() && !part.startsWith(key + "=")) {
                parts.add(part);
            }
        }
        if (key.equals("run") || !NetworkLink.format(spec).contains("run=")) {
            // The runs are written only when they differ from the default race: keep them explicit.
            parts.removeIf(p -> p.startsWith("run="));
            List<String> runs = key.equals("run") ? values : spec.runs().stream().map(r -> r.format()).toList();
            for (String r : runs) {
                parts.add("run=" + QueryString.encode(r));
            }
        }
        if (!key.equals("run")) {
            for (String v : values) {
                parts.add(key + "=" + QueryString.encode(v));
            }
        }
        return NetworkLink.read(String.join("&", parts));
    }

    static TrainSpec with(TrainSpec spec, String key, String value) {
        return with(spec, key, List.of(value));
    }
}
