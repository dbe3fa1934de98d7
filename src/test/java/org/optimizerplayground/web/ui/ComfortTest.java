package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.optimizerplayground.web.ui.UserInput._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.chart.ContourChart;
import org.optimizerplayground.web.ui.chart.SeriesChart;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Everyday comfort without a browser (Karibu-Testing): the step arrows toggle, the keyboard
 * shortcuts, the dark theme, and a label for every control a screen reader meets.
 */
@SpringBootTest
class ComfortTest extends BrowserlessTab {

    private static PlaygroundView open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        return _get(PlaygroundView.class);
    }

    /** Every component of the tab, visible or not, dialogs included (they hang off the UI). */
    private static List<Component> all() {
        List<Component> out = new ArrayList<>();
        ArrayDeque<Component> todo = new ArrayDeque<>(List.of(UI.getCurrent()));
        while (!todo.isEmpty()) {
            Component c = todo.poll();
            out.add(c);
            c.getChildren().forEach(todo::add);
        }
        return out;
    }

    private static String aria(Component c) {
        return c.getElement().getAttribute("aria-label");
    }

    private static boolean named(Component c) {
        String aria = aria(c);
        if (aria != null && !aria.isBlank()) {
            return true;
        }
        if (c instanceof Button b) {
            return b.getText() != null && !b.getText().isBlank();
        }
        if (c instanceof HasLabel l) {
            return l.getLabel() != null && !l.getLabel().isBlank();
        }
        return false;
    }

    @Test
    void everyControlHasANameForScreenReadersAndCanTakeTheFocus() {
        open("surface=bowl&run=adam&run=momentum&play=false");
        _click(_get(Button.class, spec -> spec.withId("shortcuts"))); // the help dialog is in the tree too
        List<Component> controls = all().stream()
                .filter(c -> c instanceof Button || c instanceof HasLabel || c instanceof Input).toList();
        assertThat(controls).as("buttons, fields, menus, sliders").hasSizeGreaterThan(40);
        for (Component c : controls) {
            assertThat(named(c)).as("a name for %s#%s", c.getClass().getSimpleName(), c.getId().orElse("?")).isTrue();
            assertThat(c.getElement().getAttribute("tabindex")).as("%s in the Tab order", c.getId().orElse("?"))
                    .isNotEqualTo("-1");
        }
        // the icon-only buttons say what they do
        for (String id : List.of("shortcuts", "theme", "remove-run-1")) {
            assertThat(aria(_get(Button.class, spec -> spec.withId(id)))).as(id).isNotBlank();
        }
        // pictures have a text alternative in the page's language
        for (Component chart : all()) {
            if (chart instanceof ContourChart || chart instanceof SeriesChart) {
                assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
                assertThat(aria(chart)).as(chart.getId().orElse("?")).isNotBlank();
            }
        }
        assertThat(aria(_get(ContourChart.class, spec -> spec.withId("contour-chart")))).startsWith("Map of the cost J");
    }

    @Test
    void shortcutsPlayPauseStepResetAndOpenTheHelp() {
        PlaygroundView view = open("surface=bowl&run=adam(lr=0.1)&play=false");
        KeyboardShortcuts keys = _get(KeyboardShortcuts.class);
        ComponentUtil.fireEvent(keys, new KeyboardShortcuts.ShortcutEvent(keys, true, "step"));
        ComponentUtil.fireEvent(keys, new KeyboardShortcuts.ShortcutEvent(keys, true, "step"));
        assertThat(view.session().trajectories().get(0).size()).as("two updates").isEqualTo(3);
        ComponentUtil.fireEvent(keys, new KeyboardShortcuts.ShortcutEvent(keys, true, "play"));
        assertThat(view.session().wantsPlay()).isTrue();
        ComponentUtil.fireEvent(keys, new KeyboardShortcuts.ShortcutEvent(keys, true, "play"));
        assertThat(view.session().wantsPlay()).as("space again pauses").isFalse();
        ComponentUtil.fireEvent(keys, new KeyboardShortcuts.ShortcutEvent(keys, true, "reset"));
        assertThat(view.session().trajectories().get(0).size()).as("back to θ₀").isEqualTo(1);
        ComponentUtil.fireEvent(keys, new KeyboardShortcuts.ShortcutEvent(keys, true, "help"));
        assertThat(_get(Dialog.class, spec -> spec.withId("shortcuts-help")).isOpened()).isTrue();
        assertThat(_get(Dialog.class, spec -> spec.withId("shortcuts-help")).getHeaderTitle()).isEqualTo("Keyboard shortcuts");
    }

    @Test
    void aShortcutWhoseButtonTheLinkHidesDoesNothing() {
        PlaygroundView view = open("surface=bowl&run=adam(lr=0.1)&play=false&hide=step");
        view.shortcut("step");
        assertThat(view.session().trajectories().get(0).size()).isEqualTo(1);
        view.shortcut("no-such-key");
        assertThat(view.session().wantsPlay()).isFalse();
    }

    @Test
    void theDarkThemeButtonTogglesAndSaysSo() {
        PlaygroundView view = open("surface=bowl&play=false");
        Button theme = _get(Button.class, spec -> spec.withId("theme"));
        assertThat(theme.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(theme);
        assertThat(view.dark()).isTrue();
        assertThat(theme.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(theme);
        assertThat(view.dark()).isFalse();
    }

    @Test
    void theArrowsToggleSendsTheArrowsOfEveryRunAndTheLegendSaysHowTheyAreScaled() {
        PlaygroundView view = open("surface=bowl&run=sgd(lr=0.1)&run=momentum(lr=0.1)&play=false");
        Checkbox toggle = _get(Checkbox.class, spec -> spec.withId("step-arrows"));
        assertThat(toggle.getValue()).as("off by default").isFalse();
        _click(_get(Button.class, spec -> spec.withId("step")));
        assertThat(view.arrowsJson()).as("nothing sent while off").isNull();
        _setValue(toggle, true);
        assertThat(view.arrowsJson()).contains("\"index\":0").contains("\"index\":1")
                .contains("\"kind\":\"momentum\"").contains("\"at\":[2,1.6");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("step-arrows-legend")).getText())
                .contains("15 %");
        _click(_get(Button.class, spec -> spec.withId("reset")));
        assertThat(view.arrowsJson()).as("no update yet after a reset").isEqualTo("{\"runs\":[]}");
        _click(_get(Button.class, spec -> spec.withId("step")));
        _setValue(toggle, false);
        assertThat(view.arrowsJson()).isEqualTo("{\"runs\":[]}");
    }
}
