package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KatexComponentsTest {

    @Test
    void theUpdateRulePanelSendsItsRuleAsJson() {
        UpdateRulePanel panel = new UpdateRulePanel();
        JsCalls calls = new JsCalls(panel);
        String json = "{\"rule\":\"m \\\\leftarrow \\\\beta m \\\\\\\\ \\\\theta \\\\leftarrow \\\\theta - m\","
                + "\"substituted\":[\"m = 0.9\\\\cdot 0.1\"],\"caption\":\"k = 3, Adam\"}";
        panel.show(new UpdateRulePanel.Rule("m \\leftarrow \\beta m \\\\ \\theta \\leftarrow \\theta - m",
                java.util.List.of("m = 0.9\\cdot 0.1"), "k = 3, Adam"));
        panel.clear();

        assertEquals("update-rule", panel.getElement().getTag());
        assertEquals(List.of("return $0.show($1) | " + json, "return $0.clear() | "), calls.take());
    }

    @Test
    void aFormulaIsAPropertyNotMarkup() {
        KatexFormula formula = new KatexFormula("J(w) = w^2 <b>");
        assertEquals("katex-formula", formula.getElement().getTag());
        assertEquals("J(w) = w^2 <b>", formula.getElement().getProperty("tex"));
        assertEquals("J(w) = w^2 <b>", formula.getTex());
        assertEquals(0, formula.getElement().getChildCount());
        assertFalse(formula.isDisplayMode());

        formula.setDisplayMode(true);
        formula.setTex("\\theta");
        assertTrue(formula.getElement().getProperty("displayMode", false));
        assertEquals("\\theta", formula.getTex());
    }

    @Test
    void anEmptyFormulaShowsNothing() {
        assertEquals("", new KatexFormula().getTex());
    }
}
