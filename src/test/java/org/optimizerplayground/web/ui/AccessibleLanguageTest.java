package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.optimizerplayground.web.ui.UserInput._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 10's review of the page for screen readers and Spanish readers: the document's language,
 * the title and the field errors follow the page's language; statuses and analysis messages are
 * announced; sliders say their value.
 */
@SpringBootTest
class AccessibleLanguageTest extends BrowserlessTab {

    private static List<String> scripts() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> i.getExpression() + " | " + i.getParameters()).toList();
    }

    @Test
    void engineMessagesAreSaidInThePagesLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        Span any = new Span();
        UI.getCurrent().add(any);
        assertThat(Messages.of(any, "noise must be in [0, 1000000], got -1"))
                .isEqualTo("noise debe estar en [0, 1000000]; se recibió -1");
        assertThat(Messages.of(any, "beta1 must be in [0, 1), got 1")).isEqualTo("beta1 debe estar en [0, 1); se recibió 1");
        assertThat(Messages.of(any, "seed must be a whole number, got 'x'")).startsWith("seed debe ser un número entero");
        assertThat(Messages.of(any, "unknown function 'foo'")).as("other shapes as the engine says them")
                .isEqualTo("unknown function 'foo'");
        assertThat(Messages.of(any, "unknown function 'foo' at character 3"))
                .isEqualTo("función desconocida 'foo' en el carácter 3");
        assertThat(Messages.of(any, "unexpected end of expression: '(' at character 4 is never closed"))
                .isEqualTo("la expresión termina antes de tiempo: el '(' del carácter 4 nunca se cierra");
        assertThat(Messages.of(any, "unexpected ')' at character 2")).isEqualTo("')' inesperado en el carácter 2");
        assertThat(Messages.of(any, "empty expression")).isEqualTo("la expresión está vacía");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(Messages.of(any, "noise must be in [0, 1000000], got -1")).isEqualTo("noise must be in [0, 1000000], got -1");
        for (String engine : java.util.List.of("unknown function 'foo' at character 3", "unknown name 'z' at character 1",
                "unexpected character '$' at character 2", "'x' at character 1 is not a function",
                "function 'sin' at character 1 needs its argument in parentheses", "expected an operator at character 3",
                "unexpected end of expression: '(' at character 4 is never closed", "unexpected end of expression",
                "unexpected ')' at character 2", "empty expression", "expression mixes w with x/y")) {
            assertThat(Messages.of(any, engine)).as("the English page says it as the engine does").isEqualTo(engine);
        }
    }

    @Test
    void aRefusedNoiseIsSaidOnItsFieldAndTheTitleIsTranslated() {
        PlaygroundView view = _get(PlaygroundView.class);
        NumberField noise = _get(NumberField.class, s -> s.withId("noise"));
        _setValue(noise, -1.0);
        assertThat(noise.isInvalid()).isTrue();
        assertThat(noise.getErrorMessage()).startsWith("noise must be in [0, 1000000], got -1");
        assertThat(view.getPageTitle()).isEqualTo("Optimizer Playground");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        assertThat(view.getPageTitle()).isEqualTo("Laboratorio de optimizadores");
    }

    @Test
    void statusesAndAnalysisMessagesAreAnnouncedAndSlidersSayTheirValue() {
        UI.getCurrent().navigate("", QueryParameters.fromString("surface=bowl&run=adam(lr=0.05)&steps=3&speed=max&analysis=basins"));
        Span chip = _get(Span.class, s -> s.withId("status-1"));
        assertThat(chip.getElement().getAttribute("aria-live")).as("a run that ended is announced").isEqualTo("polite");
        Span message = _get(Span.class, s -> s.withId("analysis-message"));
        assertThat(message.getElement().getAttribute("aria-live")).isEqualTo("polite");
        Input slider = _get(Input.class, s -> s.withId("param-1-lr-slider"));
        assertThat(slider.getElement().getAttribute("aria-valuetext")).isEqualTo("0.05");
        _setValue(_get(NumberField.class, s -> s.withId("param-1-lr")), 0.2);
        assertThat(slider.getElement().getAttribute("aria-valuetext")).isEqualTo("0.2");
    }
}
