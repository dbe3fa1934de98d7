package org.optimizerplayground.web.ui.network;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.BrowserlessTab;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The network page's own keys a teacher puts in a link: {@code hide} (controls hidden, kept
 * through edits) and {@code lang} (the page in Spanish), as on the surface page.
 */
@SpringBootTest
class NetworkPageKeysTest extends BrowserlessTab {

    private static NetworkView open(String query) {
        UI.getCurrent().navigate("network", QueryParameters.fromString(query));
        return _get(NetworkView.class);
    }

    private static String notices() {
        return _get(Div.class, s -> s.withId("link-notice")).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkHidesControlsAndEditsKeepThemHidden() {
        NetworkView view = open("hide=landscape,update-rule,reset&play=false");
        assertTrue(_get(Button.class, s -> s.withId("net-share")).isVisible(), "Share, as on the surface page");
        assertFalse(view.landscape().isVisible());
        assertFalse(view.rule().isVisible());
        assertTrue(_get(Button.class, s -> s.withId("net-step")).isVisible());
        assertEquals("hide=landscape,update-rule,reset", view.link());
        _get(Select.class, s -> s.withId("net-data")).setValue("xor");
        assertEquals("data=xor&hide=landscape,update-rule,reset", view.link());
        assertFalse(view.landscape().isVisible());

        view = open("hide=landscape,nonsense");
        assertThat(notices()).contains("'hide'").contains("nonsense");
        assertEquals("hide=landscape", view.link());
        assertTrue(view.rule().isVisible(), "a new link shows what it does not hide");
    }

    @Test
    void inSpanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        NetworkView view = open("lang=es&play=false");
        assertThat(view.getElement().getTextRecursively()).contains("Entrenamiento").contains("Ejecuciones")
                .doesNotContain("!net.");
        assertThat(_get(H3.class, s -> s.withText("Datos"))).isNotNull();
        assertEquals("lang=es", view.link());
        assertEquals("Paso", _get(Button.class, s -> s.withId("net-step")).getText());
    }

    @Test
    void anUnknownLanguageGivesANotice() {
        NetworkView view = open("lang=fr");
        assertThat(notices()).contains("'lang'");
        assertEquals("", view.link());
    }
}
