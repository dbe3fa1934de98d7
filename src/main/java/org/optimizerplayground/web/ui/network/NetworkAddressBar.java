package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.Component;

/**
 * Keeps the browser's address bar on the network page's canonical link, as the surface page's
 * address bar does (and with the same page-wide {@code window.__playgroundLink}, so whichever
 * page is shown owns it): after every change of the state the link replaces the current history
 * entry through the browser's own history API (Vaadin's would re-encode the query), and is
 * written again after Vaadin's client router has written the address as typed, once a
 * navigation's answer has arrived.
 */
final class NetworkAddressBar {
    private final Component page;
    private String link = "";

    NetworkAddressBar(NetworkState state, Component page) {
        this.page = page;
        state.addChangeListener(c -> write(state.link()));
    }

    /** The link last written (the query, without {@code ?}). */
    String link() {
        return link;
    }

    private void write(String query) {
        if (query.equals(link) && !link.isEmpty()) {
            return;
        }
        link = query;
        page.getElement().executeJs("window.__playgroundLink = $0;"
                + "window.history.replaceState(history.state, '', $0);"
                + "if (!window.__playgroundLinkKept) {"
                + "  window.__playgroundLinkKept = true;"
                + "  window.addEventListener('vaadin-router-location-changed',"
                + "    () => window.history.replaceState(history.state, '', window.__playgroundLink));"
                + "}",
                query.isEmpty() ? "network" : "network?" + query);
    }
}
