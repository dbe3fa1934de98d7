package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: server push over a websocket, so iterations stream to the charts. */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET)
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {
}
