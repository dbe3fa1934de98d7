package org.optimizerplayground.web.ui.network;

import java.util.function.Consumer;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.util.Numbers;

/**
 * The network page's own link keys, which the API ignores: {@code speed} (1 … 5000 updates per
 * second or {@code max}) and {@code weight} ({@link WeightPick}). A value the page cannot read is
 * replaced by the default with a notice naming the key; the page opens anyway.
 */
final class NetworkPageKeys {
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
}
