package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.optimizerplayground.web.ui.Clipboard;
import org.optimizerplayground.web.ui.Hideables;

/**
 * The network page's title bar: the title, the lessons, the way back to the surfaces and "Share"
 * (copies the address bar's link), each hideable by the link as on the surface page.
 */
final class NetworkHeader extends Div {
    NetworkHeader(NetworkLessonsMenu lessons, Hideables hideables) {
        addClassName("app-header");
        Anchor surfaces = new Anchor("./", getTranslation("net.surfaces"));
        surfaces.setId("surfaces-link");
        Button share = new Button(getTranslation("share"), VaadinIcon.LINK.create(), e -> Clipboard.copy(this, null));
        share.setId("net-share");
        add(new H1(getTranslation("net.title")), lessons, surfaces, share);
        hideables.register("lessons", lessons);
        hideables.register("surfaces-link", surfaces);
        hideables.register("share", share);
    }
}
