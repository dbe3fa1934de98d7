package org.optimizerplayground.web.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Objects;

/**
 * One LaTeX formula rendered by KaTeX ({@code frontend/charts/katex-formula.ts}), inline by
 * default. Rendered without trust; a formula that does not parse shows in red.
 */
@Tag("katex-formula")
@NpmPackage(value = "katex", version = NpmVersions.KATEX)
@JsModule("./charts/katex-formula.ts")
public class KatexFormula extends Component implements HasSize, HasStyle {

    public KatexFormula() {
    }

    public KatexFormula(String tex) {
        setTex(tex);
    }

    /** The LaTeX source, e.g. {@code J(\theta) = (1-\theta_1)^2 + 100(\theta_2-\theta_1^2)^2}; "" shows nothing. */
    public void setTex(String tex) {
        getElement().setProperty("tex", Objects.requireNonNull(tex, "tex"));
    }

    public String getTex() {
        return getElement().getProperty("tex", "");
    }

    /** {@code true}: a centred block formula (KaTeX display mode); {@code false}: inline in text. */
    public void setDisplayMode(boolean displayMode) {
        getElement().setProperty("displayMode", displayMode);
    }

    public boolean isDisplayMode() {
        return getElement().getProperty("displayMode", false);
    }
}
