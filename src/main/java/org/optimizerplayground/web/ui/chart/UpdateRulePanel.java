package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
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
     * An update: the rule as LaTeX (its top-level {@code \\\\} separate display lines), the
     * substituted lines (each one inline line) and a plain-text caption.
     */
    public record Rule(String rule, List<String> substituted, String caption) {
    }

    /** Shows an update, replacing the previous one. */
    public void show(Rule rule) {
        getElement().callJsFunction("show", ChartJson.rule(Objects.requireNonNull(rule, "rule")));
    }

    /** Empties the panel. */
    public void clear() {
        getElement().callJsFunction("clear");
    }
}
