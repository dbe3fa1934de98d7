package org.optimizerplayground.web.ui.network;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.BrowserlessTab;
import org.optimizerplayground.web.ui.KeyboardShortcuts;
import org.optimizerplayground.web.ui.ShareButton;
import org.optimizerplayground.web.ui.ShortcutsButton;
import org.optimizerplayground.web.ui.ThemeButton;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The network page's header shares the surface page's buttons: the dark theme (same id, same
 * toggle, same memory for the tab), Share and the keyboard shortcuts with their help.
 */
@SpringBootTest
class NetworkHeaderTest extends BrowserlessTab {

    private static NetworkView open(String query) {
        UI.getCurrent().navigate("network", QueryParameters.fromString(query));
        return _get(NetworkView.class);
    }

    @Test
    void theDarkThemeButtonTogglesAndSaysSoAsOnTheSurfacePage() {
        NetworkView view = open("play=false");
        Button theme = _get(Button.class, spec -> spec.withId("theme"));
        assertThat(theme).isInstanceOf(ThemeButton.class);
        assertThat(theme.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(theme.getElement().getAttribute("aria-label")).isEqualTo("Dark theme");
        _click(theme);
        assertThat(view.dark()).isTrue();
        assertThat(theme.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        _click(theme);
        assertThat(view.dark()).isFalse();
    }

    @Test
    void shareIsTheSurfacePagesButton() {
        open("play=false");
        Button share = _get(Button.class, spec -> spec.withId("net-share"));
        assertThat(share).isInstanceOf(ShareButton.class);
        assertThat(share.getText()).isEqualTo("Share");
    }

    @Test
    void theSurfacePagesKeyboardShortcutsWorkHere() {
        NetworkView view = open("steps=100&play=false");
        assertThat(_get(Button.class, spec -> spec.withId("shortcuts"))).isInstanceOf(ShortcutsButton.class);
        assertThat(_get(KeyboardShortcuts.class)).isNotNull();
        view.shortcut("step");
        view.shortcut("step");
        assertThat(view.session().metrics(0).getLast().k()).isEqualTo(2);
        view.shortcut("play");
        assertThat(view.session().needsTicks()).isTrue();
        view.shortcut("play");
        assertThat(view.session().needsTicks()).isFalse();
        view.shortcut("reset");
        assertThat(view.session().metrics(0).getLast().k()).isZero();
        view.shortcut("help");
        assertThat(_get(Dialog.class, spec -> spec.withId("shortcuts-help")).isOpened()).isTrue();
    }

    @Test
    void aShortcutWhoseButtonTheLinkHidesDoesNothing() {
        NetworkView view = open("steps=100&play=false&hide=step,play");
        view.shortcut("step");
        view.shortcut("play");
        assertThat(view.session().needsTicks()).isFalse();
        assertThat(view.session().metrics(0).getLast().k()).isZero();
        view.shortcut("no-such-key");
        assertThat(view.session().needsTicks()).isFalse();
    }
}
