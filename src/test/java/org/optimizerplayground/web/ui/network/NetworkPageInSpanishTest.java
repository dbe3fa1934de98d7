package org.optimizerplayground.web.ui.network;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.BrowserlessTab;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The network page with {@code lang=es} (Karibu-Testing): the lessons, the landscape's messages,
 * the update rule's weight and the link's notices are in Spanish, through the same translations
 * as the surface page.
 */
@SpringBootTest
class NetworkPageInSpanishTest extends BrowserlessTab {

    @BeforeEach
    void spanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    private static NetworkView open(String query) {
        UI.getCurrent().navigate("network", QueryParameters.fromString(query));
        return _get(NetworkView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLessonIsTitledAndToldInSpanish() {
        open("lang=es&play=false");
        Select<NetworkLesson> menu = _get(Select.class, s -> s.withId("net-lessons"));
        NetworkLesson batch1 = NetworkLessons.byId("batch-1").orElseThrow();
        assertThat(menu.getItemLabelGenerator().apply(batch1)).isEqualTo("Lote de tamaño 1: el ruido de SGD");
        menu.setValue(batch1);
        assertThat(_get(Paragraph.class, s -> s.withId("net-lesson-text")).getText())
                .startsWith("Cada actualización ve un solo punto").contains("α = 0,1");
    }

    @Test
    void theLandscapeSaysWhatItComputedInSpanish() throws Exception {
        NetworkView view = open("data=xor&steps=40&run=adam(lr=0.01)&run=sgd(lr=0.1)&lang=es&play=false");
        _get(IntegerField.class, s -> s.withId("net-landscape-grid")).setValue(5);
        _click(_get(Button.class, s -> s.withId("net-landscape-compute")));
        assertThat(view.landscape().message()).startsWith("Calculando: 2 ejecución(es) y después una rejilla de 5 × 5");
        view.landscape().running().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        assertThat(view.landscape().message()).startsWith("Rejilla de 5 × 5, direcciones PCA: el plano contiene el ")
                .containsPattern("\\d,\\d %");
        _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("net-data")).setValue("circle");
        assertThat(view.landscape().message()).startsWith("La configuración ha cambiado");
    }

    @Test
    void theUpdateRuleNamesItsWeightInSpanish() {
        NetworkView view = open("steps=300&weight=3,1,b&lang=es&play=false");
        _click(_get(Button.class, s -> s.withId("net-step")));
        assertThat(view.rule().shown().caption()).contains("actualización k = 1, sesgo de capa de salida 3, unidad 1 (θ25 de 25)");

        view = open("steps=300&lang=es&play=false");
        assertThat(view.rule().shown().caption()).contains("aún sin actualizaciones");
        _click(_get(Button.class, s -> s.withId("net-step")));
        assertThat(view.rule().shown().caption()).contains("de 25), el mayor |gradiente| de esta actualización");
    }

    @Test
    void theLinksNoticesAreInSpanish() {
        open("speed=fast&hide=nonsense&weight=9,9,9&lang=es&play=false");
        assertThat(_get(Div.class, s -> s.withId("link-notice")).getElement().getTextRecursively())
                .contains("No se pudo leer la clave 'speed' del enlace (speed debe ser un número; se recibió 'fast')")
                .contains("La clave 'hide' del enlace nombra 'nonsense', que no es ninguno de")
                .contains("No se pudo leer la clave 'weight' del enlace")
                .doesNotContain("could not be read").doesNotContain("The link");
    }
}
