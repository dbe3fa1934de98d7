package org.optimizerplayground.engine.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An unmodifiable map that keeps the order its keys were given in. */
final class Kv {
    private Kv() {
    }

    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
