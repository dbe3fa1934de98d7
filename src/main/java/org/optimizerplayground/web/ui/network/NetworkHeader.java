package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import org.optimizerplayground.web.ui.Hideables;
import org.optimizerplayground.web.ui.ShareButton;
import org.optimizerplayground.web.ui.ThemeButton;

/**
 * The network page's title bar: the title, the lessons, the way back to the surfaces, "Share"
 * (copies the address bar's link) and the dark theme, the last two the very buttons of the
 * surface page's header ({@link ShareButton}, {@link ThemeButton}: the theme chosen on one page
 * stays on the other for the tab). The lessons, the way back and Share are hideable by the link.
 */
final class NetworkHeader extends Div {
    private final ThemeButton theme = new ThemeButton();

    NetworkHeader(NetworkLessonsMenu lessons, Hideables hideables) {
        addClassName("app-header");
        Anchor surfaces = new Anchor("./", getTranslation("net.surfaces"));
        surfaces.setId("surfaces-link");
        ShareButton share = new ShareButton("net-share");
        add(new H1(getTranslation("net.title")), lessons, surfaces, share, theme);
        hideables.register("lessons", lessons);
        hideables.register("surfaces-link", surfaces);
        hideables.register("share", share);
    }

    /** Restores the theme this tab chose before (on this page or the surface page). */
    void restoreTheme() {
        theme.restore();
    }

    boolean dark() {
        return theme.dark();
    }
}
