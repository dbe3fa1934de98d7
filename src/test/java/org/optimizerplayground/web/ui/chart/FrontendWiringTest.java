package org.optimizerplayground.web.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wrappers point at modules that exist, and agree on the npm versions they ask for. */
class FrontendWiringTest {
    private static final List<Class<?>> WRAPPERS =
            List.of(ContourChart.class, SeriesChart.class, UpdateRulePanel.class, KatexFormula.class);

    @Test
    void everyJsModuleIsAFileInTheTopLevelFrontendFolder() {
        for (Class<?> wrapper : WRAPPERS) {
            for (JsModule module : wrapper.getAnnotationsByType(JsModule.class)) {
                assertTrue(module.value().startsWith("./charts/"), module.value());
                Path file = Path.of("frontend").resolve(module.value().substring(2));
                assertTrue(Files.isRegularFile(file), wrapper.getSimpleName() + " → missing " + file);
            }
        }
    }

    @Test
    void aPackageDeclaredTwiceHasOneVersion() {
        Map<String, String> versions = new HashMap<>();
        for (Class<?> wrapper : WRAPPERS) {
            for (NpmPackage p : wrapper.getAnnotationsByType(NpmPackage.class)) {
                String before = versions.putIfAbsent(p.value(), p.version());
                assertTrue(before == null || before.equals(p.version()),
                        p.value() + ": " + before + " vs " + p.version() + " in " + wrapper.getSimpleName());
            }
        }
        assertEquals(Map.of("chart.js", "4.5.1", "d3-contour", "4.0.2", "@types/d3-contour", "3.0.6",
                "katex", "0.16.22"), versions);
    }

    @Test
    void typesAreOnlyABuildDependency() {
        NpmPackage types = Arrays.stream(ContourChart.class.getAnnotationsByType(NpmPackage.class))
                .filter(p -> p.value().startsWith("@types/")).findFirst().orElseThrow();
        assertTrue(types.dev());
    }

    @Test
    void theMapClickEventListensToTheElementsEvent() {
        assertEquals("map-click", MapClickEvent.class.getAnnotation(DomEvent.class).value());
    }
}
