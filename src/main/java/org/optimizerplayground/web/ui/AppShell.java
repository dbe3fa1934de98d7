package org.optimizerplayground.web.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: server push over a websocket, so iterations stream to the charts, and the
 * Lumo theme, loaded as a style sheet the Vaadin 25 way (the {@code @Theme} annotation is
 * deprecated there).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET)
@StyleSheet(Lumo.STYLESHEET)
public class AppShell implements AppShellConfigurator {
}
