package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import org.optimizerplayground.web.ui.Hideables;
import org.optimizerplayground.web.ui.KeyboardShortcuts;
import org.optimizerplayground.web.ui.ShareButton;
import org.optimizerplayground.web.ui.ShortcutsButton;
import org.optimizerplayground.web.ui.ThemeButton;

/**
 * The network page's title bar: the title, the lessons, the way back to the surfaces, "Share"
 * (copies the address bar's link), the keyboard shortcuts' help and the dark theme, the last
 * three the very buttons of the surface page's header ({@link ShareButton},
 * {@link ShortcutsButton}, {@link ThemeButton}: the theme chosen on one page stays on the other
 * for the tab), and the same {@link KeyboardShortcuts}. The lessons, the way back and Share are hideable by the link.
 */
final class NetworkHeader extends Div {
    private final ThemeButton theme = new ThemeButton();

    private final ShortcutsButton help = new ShortcutsButton();

    NetworkHeader(NetworkLessonsMenu lessons, KeyboardShortcuts shortcuts, Hideables hideables) {
        addClassName("app-header");
        Anchor surfaces = new Anchor("./", getTranslation("net.surfaces"));
        surfaces.setId("surfaces-link");
        ShareButton share = new ShareButton("net-share");
        add(new H1(getTranslation("net.title")), lessons, surfaces, share, help, theme, shortcuts);
        hideables.register("lessons", lessons);
        hideables.register("surfaces-link", surfaces);
        hideables.register("share", share);
    }

    /** Opens the keyboard shortcuts' help (the "?" shortcut). */
    void openShortcutsHelp() {
        help.openHelp();
    }

    /** Restores the theme this tab chose before (on this page or the surface page). */
    void restoreTheme() {
        theme.restore();
    }

    boolean dark() {
        return theme.dark();
    }
}
