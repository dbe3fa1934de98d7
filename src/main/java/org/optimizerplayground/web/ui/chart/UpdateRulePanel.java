package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Objects;

/**
 * The current update of an optimizer: the rule as the lecture writes it, the same update with
 * this step's numbers, and a caption ({@code frontend/charts/update-rule.ts}). LaTeX is rendered by
 * KaTeX without trust (no links, classes or styles from the text) and a formula that does not
 * parse shows in red; the caption is plain text.
 */
@Tag("update-rule")
@NpmPackage(value = "katex", version = NpmVersions.KATEX)
@JsModule("./charts/update-rule.ts")
public class UpdateRulePanel extends Component implements HasSize, HasStyle {

    /**
     * Shows an update, replacing the previous one:
     * {@code {"rule":"m \\leftarrow … \\\\ \\theta \\leftarrow …","substituted":["m = 0.9\\cdot 0.1 + …",…],
     * "caption":"k = 3, Adam"}} (JSON escaping shown). The rule's top-level {@code \\} separate
     * display lines; each substituted entry is one inline line.
     */
    public void show(String json) {
        getElement().callJsFunction("show", Objects.requireNonNull(json, "json"));
    }

    /** Empties the panel. */
    public void clear() {
        getElement().callJsFunction("clear");
    }
}
