package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controls a link may hide ({@code hide=}, SPEC §6 and §8), each registered once under its
 * id by the panel that owns it; {@link #apply} shows the others.
 */
public final class Hideables {
    private final Map<String, List<Component>> byId = new LinkedHashMap<>();

    /** Registers {@code c} under {@code id} (two ids may name one component, as the analysis views do). */
    public void register(String id, Component c) {
        byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
    }

    /** Hides exactly the components of the ids in {@code hide}. */
    public void apply(List<String> hide) {
        byId.values().forEach(cs -> cs.forEach(c -> c.setVisible(true)));
        for (String id : hide) {
            byId.getOrDefault(id, List.of()).forEach(c -> c.setVisible(false));
        }
    }
}
