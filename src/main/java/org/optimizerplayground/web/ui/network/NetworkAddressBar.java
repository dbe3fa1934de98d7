package org.optimizerplayground.web.ui.network;

import com.vaadin.flow.component.Component;
import org.optimizerplayground.web.ui.BrowserAddress;

/**
 * Keeps the browser's address bar on the network page's canonical link, as the surface page's
 * address bar does: after every change of the state ({@link BrowserAddress}).
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
        BrowserAddress.replace(page, query.isEmpty() ? "network" : "network?" + query);
    }
}
