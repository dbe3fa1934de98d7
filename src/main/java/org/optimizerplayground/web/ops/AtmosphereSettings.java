package org.optimizerplayground.web.ops;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.stereotype.Component;

/**
 * Atmosphere settings for Vaadin's push, given as init parameters of the Vaadin servlet (Vaadin
 * hands every init parameter of its servlet to Atmosphere): the {@link HeartbeatQueue}
 * interceptor, which keeps cancelled heartbeats from piling up in Atmosphere's scheduler.
 */
@Component
public class AtmosphereSettings implements BeanPostProcessor {
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration && registration.getServlet() instanceof SpringServlet) {
            registration.addInitParameter(ApplicationConfig.ATMOSPHERE_INTERCEPTORS, HeartbeatQueue.class.getName());
        }
        return bean;
    }
}
