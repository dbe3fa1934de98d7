package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The analysis charts point at modules that exist, ask for the shared Chart.js version, and stay thin. */
class AnalysisChartsWiringTest {
    private static final List<Class<?>> WRAPPERS = List.of(SweepChart.class, BasinChart.class);

    @Test
    void eachLoadsItsOwnModuleFromTheTopLevelFrontendFolder() {
        for (Class<?> wrapper : WRAPPERS) {
            JsModule[] modules = wrapper.getAnnotationsByType(JsModule.class);
            assertEquals(1, modules.length, wrapper.getSimpleName());
            assertTrue(modules[0].value().startsWith("./charts/"), modules[0].value());
            Path file = Path.of("frontend").resolve(modules[0].value().substring(2));
            assertTrue(Files.isRegularFile(file), wrapper.getSimpleName() + " → missing " + file);
        }
    }

    @Test
    void eachAsksForChartJsAtTheSharedVersionAndNothingElse() {
        for (Class<?> wrapper : WRAPPERS) {
            List<String> packages = Arrays.stream(wrapper.getAnnotationsByType(NpmPackage.class))
                    .map(p -> p.value() + "@" + p.version()).toList();
            assertEquals(List.of("chart.js@" + NpmVersions.CHART_JS), packages, wrapper.getSimpleName());
        }
    }

    @Test
    void theModulesDefineTheirElementAndEvaluateNoServerText() throws IOException {
        Pattern forbidden = Pattern.compile("\\beval\\s*\\(|new Function\\s*\\(|innerHTML|outerHTML|insertAdjacentHTML"
                + "|document\\.write|\\bwindow\\.[A-Za-z]|globalThis");
        for (String name : List.of("sweep-chart", "basin-chart", "basin-layer", "log-ticks")) {
            String source = Files.readString(Path.of("frontend/charts/" + name + ".ts"));
            assertTrue(!forbidden.matcher(source).find(), name + ".ts uses " + forbidden);
        }
        assertTrue(Files.readString(Path.of("frontend/charts/sweep-chart.ts"))
                .contains("customElements.define('sweep-chart'"));
        assertTrue(Files.readString(Path.of("frontend/charts/basin-chart.ts"))
                .contains("customElements.define('basin-chart'"));
    }
}
