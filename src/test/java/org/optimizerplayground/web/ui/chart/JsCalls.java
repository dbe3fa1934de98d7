package org.optimizerplayground.web.ui.chart;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;

/** Attaches a component to a bare UI and reads back the JavaScript calls its wrapper queued. */
final class JsCalls {
    private final UI ui = new UI();

    JsCalls(Component component) {
        // Queued calls are handed to the UI under the session lock; a mock session that holds it will do.
        VaadinSession session = mock(VaadinSession.class);
        when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);
        ui.add(component);
    }

    /** The calls queued since the last look, as "expression | arguments after the element". */
    List<String> take() {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(inv -> inv.getExpression() + " | " + describe(inv.getParameters()))
                .toList();
    }

    private static String describe(List<Object> parameters) {
        // The first parameter is the element itself ($0); the rest are the arguments.
        return parameters.stream().skip(1).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
