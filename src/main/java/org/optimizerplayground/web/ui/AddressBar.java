package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.Component;
import org.optimizerplayground.engine.experiment.Link;

/**
 * Keeps the browser's address bar on the canonical link of the page's state: after every change
 * of the state, {@code Link.format(experiment, page)} replaces the current history entry.
 */
final class AddressBar {
    private final Component page;
    private String link = "";

    AddressBar(PlaygroundState state, Component page) {
        this.page = page;
        state.addChangeListener(c -> write(Link.format(c.experiment(), c.page())));
    }

    /** The link last written (the query, without {@code ?}). */
    String link() {
        return link;
    }

    /** A new history entry for {@code address} (a lesson: Back returns to what was shown before). */
    void push(String address) {
        page.getElement().executeJs("history.pushState(history.state, '', $0)", address);
    }

    private void write(String query) {
        link = query;
        // Written by the browser's own history API: Vaadin's History.replaceState re-encodes the
        // query (adam(lr%3D0.1)), and a link is meant to be read, copied into slides and typed.
        // The URL goes in as a parameter, never as code. Vaadin 25's client router (without
        // React) writes the address as typed once a navigation's answer has arrived, after the
        // scripts of that answer: the page keeps its latest link and writes it again then.
        page.getElement().executeJs("window.__playgroundLink = $0;"
                + "window.history.replaceState(history.state, '', $0);"
                + "if (!window.__playgroundLinkKept) {"
                + "  window.__playgroundLinkKept = true;"
                + "  window.addEventListener('vaadin-router-location-changed',"
                + "    () => window.history.replaceState(history.state, '', window.__playgroundLink));"
                + "}",
                query.isEmpty() ? "./" : "?" + query);
    }
}
