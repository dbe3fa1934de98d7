package org.optimizerplayground.web.ops;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this instance for a load balancer: with {@code playground.route=node1} (environment
 * {@code PLAYGROUND_ROUTE}) Tomcat's engine gets that {@code jvmRoute}, so every session id ends
 * in {@code .node1} ({@code JSESSIONID=…​.node1}) and a balancer that reads the cookie (the nginx
 * {@code map} of {@code deploy/nginx}) can send the browser back to the instance that holds its
 * live session. Empty (the default): no route, plain session ids.
 */
@Component
public class TomcatRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private final String route;

    public TomcatRoute(@Value("${playground.route:}") String route) {
        if (!route.matches("[A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("playground.route must be letters, digits, '-' or '_' (it ends every"
                    + " session id, after a '.'), not '" + route + "'");
        }
        this.route = route;
    }

    /** This instance's route, empty when it has none. */
    public String route() {
        return route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(route));
    }
}
