package org.optimizerplayground.web.frames;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Registers {@link FrameEndpoint} at {@link FrameSockets#PATH} with the servlet container's own
 * JSR-356 {@link ServerContainer} (Tomcat's, the one Vaadin's push also uses through Atmosphere):
 * no new dependency, and the endpoint sends with Tomcat's asynchronous binary writes directly.
 * Spring's websocket module would add a second layer (its handler adapters, a
 * {@code WebSocketSession} wrapper, its own servlet registration) for nothing this channel needs.
 * The registration waits for the context's listeners, by when Tomcat's container exists.
 */
@Component
public class FrameSocketRegistration implements ServletContextInitializer {
    private final FrameSockets sockets;

    public FrameSocketRegistration(FrameSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public void onStartup(jakarta.servlet.ServletContext context) {
        if (!sockets.enabled()) {
            return;
        }
        context.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
                if (!(container instanceof ServerContainer server)) {
                    throw new IllegalStateException("no JSR-356 server container: the frame socket needs Tomcat's websocket support");
                }
                ServerEndpointConfig config = ServerEndpointConfig.Builder.create(FrameEndpoint.class, FrameSockets.PATH)
                        .subprotocols(List.of())
                        .configurator(new ServerEndpointConfig.Configurator() {
                            @Override
                            public <T> T getEndpointInstance(Class<T> type) {
                                return type.cast(new FrameEndpoint(sockets));
                            }
                        })
                        .build();
                try {
                    server.addEndpoint(config);
                } catch (DeploymentException e) {
                    throw new IllegalStateException("could not register the frame socket at " + FrameSockets.PATH, e);
                }
            }
        });
    }
}
