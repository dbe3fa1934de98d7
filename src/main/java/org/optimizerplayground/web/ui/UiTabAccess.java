package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.UI;
import org.optimizerplayground.web.session.SessionDriver;

/** A browser tab as the session drivers of both pages reach it: its UI's lock and its push connection. */
public record UiTabAccess(UI ui) implements SessionDriver.TabAccess {
    @Override
    public void access(Runnable command) {
        ui.access(command::run);
    }

    @Override
    public boolean connected() {
        var push = ui.getInternals().getPushConnection();
        return push == null || push.isConnected();
    }
}
