package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Writes a page's canonical link into the browser's address bar, for the surface page's and the
 * network page's address bars alike.
 *
 * <p>Written by the browser's own history API: Vaadin's {@code History.replaceState} re-encodes
 * the query ({@code adam(lr%3D0.1)}), and a link is meant to be read, copied into slides and
 * typed. The address goes in as a parameter, never as code. Vaadin 25's client router (without
 * React) writes the address as typed once a navigation's answer has arrived, after the scripts
 * of that answer: the page keeps its latest link in {@code window.__playgroundLink} (one for the
 * whole tab, so whichever page is shown owns it) and writes it again then.
 */
public final class BrowserAddress {
    private BrowserAddress() {
    }

    /** Replaces the current history entry's address with {@code address} (relative to the page). */
    public static void replace(Component page, String address) {
        // The listener that writes the link again after a navigation is added once per tab: later
        // calls (one per edit) carry only the two statements that write the address.
        UI ui = page.getUI().orElseGet(UI::getCurrent);
        if (ui != null && ComponentUtil.getData(ui, KEPT) != null) {
            page.getElement().executeJs("window.__playgroundLink = $0;"
                    + "window.history.replaceState(history.state, '', $0);", address);
            return;
        }
        page.getElement().executeJs("window.__playgroundLink = $0;"
                + "window.history.replaceState(history.state, '', $0);"
                + "if (!window.__playgroundLinkKept) {"
                + "  window.__playgroundLinkKept = true;"
                + "  window.addEventListener('vaadin-router-location-changed',"
                + "    () => window.history.replaceState(history.state, '', window.__playgroundLink));"
                + "}",
                address);
        if (ui != null) {
            ComponentUtil.setData(ui, KEPT, Boolean.TRUE);
        }
    }

    /** The UI's mark that its window keeps the link after navigations. */
    private static final String KEPT = BrowserAddress.class.getName() + ".kept";
}
