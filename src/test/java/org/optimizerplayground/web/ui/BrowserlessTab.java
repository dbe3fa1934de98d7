package org.optimizerplayground.web.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A browser tab without a browser, for Karibu-Testing: before each test a fresh UI with the
 * application's routes and Spring beans, after it the tab is closed.
 */
public abstract class BrowserlessTab {
    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void openTab() {
        Routes routes = new Routes().autoDiscoverViews("org.optimizerplayground.web.ui");
        // No page ever opens these tabs' frame sockets: heavy frames go through Vaadin at once.
        context.getBean(org.optimizerplayground.web.frames.FrameSockets.class).setWait(java.time.Duration.ZERO);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void closeTab() {
        MockVaadin.tearDown();
    }
}
