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
        BrowserAddress.replace(page, query.isEmpty() ? "./" : "?" + query);
    }
}
