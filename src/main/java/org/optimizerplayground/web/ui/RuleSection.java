package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import org.optimizerplayground.web.ui.chart.ChartJson;
import org.optimizerplayground.web.ui.chart.UpdateRulePanel;

/**
 * The update rule of the run in focus with its numbers substituted (one tab per run; a tab puts
 * its run in focus). While playing it follows at most every {@link #REFRESH_NANOS}, so it stays
 * readable; after an edit or a step it is exact. The rule travels in the frame's message
 * ({@link FrameMessage#show}), which the page hands to the panel's {@code show}.
 */
final class RuleSection extends Div implements Frame.View {
    static final long REFRESH_NANOS = 250_000_000L;
    /** The rule panel's element id, by which the page finds it for the frame's text. */
    static final String RULE_ID = "update-rule";

    private final Tabs tabs = new Tabs();
    private final UpdateRulePanel rule = new UpdateRulePanel();
    private boolean rebuilding;
    private long lastNanos;
    private UpdateRulePanel.Rule shown;
    private UpdateRulePanel.Rule sent;

    RuleSection(PlaygroundState state, Hideables hideables) {
        addClassName("rule-section");
        rule.setId(RULE_ID);
        tabs.addSelectedChangeListener(e -> {
            if (!rebuilding) {
                state.focus(Math.max(0, tabs.getSelectedIndex()));
            }
        });
        add(new H3(getTranslation("panel.rule")), tabs, rule);
        hideables.register("update-rule", this);
    }

    @Override
    public void draw(Frame frame) {
        if (frame.renamed()) {
            name(frame.labels());
        }
        if (tabs.getSelectedIndex() != frame.focus()) {
            rebuilding = true;
            try {
                tabs.setSelectedIndex(frame.focus());
            } finally {
                rebuilding = false;
            }
        }
        if (!isVisible()) {
            // Hidden by the link (hide=update-rule): its terms are not replayed for nobody. The panel is
            // shown again only by opening a link, whose first frame is exact and draws it afresh.
            sent = null;
            return;
        }
        long now = System.nanoTime();
        if (!(frame.exact() || frame.renamed() || !frame.playing()) && now - lastNanos < REFRESH_NANOS) {
            return;
        }
        lastNanos = now;
        Frame.Run run = frame.runs().get(frame.focus());
        shown = UpdateRuleText.of(frame.experiment().runs().get(frame.focus()), run.latest(),
                frame.labels().get(frame.focus()) + " — " + RunStatusText.of(this, run.trajectory()));
        // The same update again (another run's α changed, a frame with nothing new) is not sent again.
        // It goes in the frame, not as a Vaadin call: no push of the tab's state for a new number.
        if (!shown.equals(sent)) {
            frame.message().show(RULE_ID, ChartJson.rule(shown));
            sent = shown;
        }
    }

    /** Same runs, new names (an α changed): renamed in place, so the selection listener stays quiet. */
    private void name(List<String> labels) {
        rebuilding = true;
        try {
            if (tabs.getComponentCount() == labels.size()) {
                for (int i = 0; i < labels.size(); i++) {
                    Tab tab = (Tab) tabs.getComponentAt(i);
                    if (!labels.get(i).equals(tab.getLabel())) {
                        tab.setLabel(labels.get(i));
                    }
                }
            } else {
                tabs.removeAll();
                labels.forEach(l -> tabs.add(new Tab(l)));
            }
        } finally {
            rebuilding = false;
        }
    }

    /** What the rule panel was last asked to show (for tests). */
    String ruleJson() {
        return shown == null ? null : ChartJson.rule(shown);
    }
}
