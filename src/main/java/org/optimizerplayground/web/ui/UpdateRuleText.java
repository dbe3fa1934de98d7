package org.optimizerplayground.web.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.optim.UpdateTerms;
import org.optimizerplayground.web.ui.chart.UpdateRulePanel;

/**
 * The update-rule panel's content for one run: the rule as the lecture writes it, then the
 * same update with the numbers of the latest step — k and α_k, the gradient, each state term
 * the optimizer recorded (m, s, m′, s′…), θ before → after and J before → after (or only J
 * before, when the update recorded no J after: a network's batch loss J_B, whose batch is gone).
 * The network page's rule panel uses it too, with one weight's numbers.
 */
public final class UpdateRuleText {
    private UpdateRuleText() {
    }

    /** What {@code update-rule.show} draws; {@code terms} may be null before the first update. */
    public static UpdateRulePanel.Rule of(RunSpec run, UpdateTerms terms, String caption) {
        return of(run, terms, caption, "\\theta");
    }

    /**
     * The same, naming the parameter {@code theta} (LaTeX) on the θ before → after line: the
     * network page shows one weight, {@code \theta_{7} = W^{(1)}_{2,1}}.
     */
    public static UpdateRulePanel.Rule of(RunSpec run, UpdateTerms terms, String caption, String theta) {
        List<String> lines = new ArrayList<>();
        if (terms != null) {
            Map<String, UpdateTerms.Term> byKey = new java.util.LinkedHashMap<>();
            for (UpdateTerms.Term t : terms.all()) {
                byKey.put(t.key(), t);
            }
            lines.add("k = " + (long) byKey.get("k").values()[0] + ",\\quad \\alpha_k = "
                    + LatexNumbers.of(byKey.get("alpha").values()[0]));
            for (UpdateTerms.Term t : terms.all()) {
                switch (t.key()) {
                    case "k", "alpha", "theta_before", "theta_after", "loss_before", "loss_after" -> {
                    }
                    default -> lines.add(t.latex() + " = " + LatexNumbers.of(t.values()));
                }
            }
            lines.add(theta + ":\\ " + LatexNumbers.of(byKey.get("theta_before").values()) + " \\rightarrow "
                    + LatexNumbers.of(byKey.get("theta_after").values()));
            UpdateTerms.Term before = byKey.get("loss_before");
            UpdateTerms.Term after = byKey.get("loss_after");
            lines.add(after == null ? before.latex() + " = " + LatexNumbers.of(before.values()[0])
                    : "J(\\theta):\\ " + LatexNumbers.of(before.values()[0]) + " \\rightarrow "
                    + LatexNumbers.of(after.values()[0]));
        }
        String rule = run.decay() == null ? run.optimizer().rule()
                : "\\alpha_k = \\alpha_0\\, r^{" + (run.decay().staircase() ? "\\lfloor (k-1)/n \\rfloor" : "(k-1)/n")
                        + "} \\\\ " + run.optimizer().rule();
        return new UpdateRulePanel.Rule(rule, List.copyOf(lines), caption);
    }
}
