package org.optimizerplayground.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.ui.chart.ChartJson;
import org.optimizerplayground.web.ui.chart.SweepChart;
import org.optimizerplayground.engine.analysis.BasinMap;
import org.optimizerplayground.engine.analysis.LearningRateSweep;
import org.optimizerplayground.engine.analysis.Progress;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.Link;

/**
 * The analysis charts' hover texts carry only words sent by the server, in the page's language:
 * the sweep's statuses ("max-steps" is a key, never shown) and the basin readout's "start".
 */
class AnalysisWordsTest {

    @Test
    void theSweepSendsAWordForEveryStatusItCanShow() {
        Experiment e = Link.read("surface=bowl&run=sgd&steps=20");
        List<LearningRateSweep.Curve> curves = LearningRateSweep.run(e, new double[] {1e-3, 0.5, 2}, Progress.NONE);
        String json = ChartJson.sweep(AnalysisPictures.sweep("barrido", List.of("1 · Descenso"), curves, e,
                new SweepChart.Texts("divergió", "J final", "estado", "pasos", "convergió",
                        "detenido tras la última actualización")));
        assertThat(json).contains("\"statuses\":{\"converged\":\"convergió\","
                + "\"max-steps\":\"detenido tras la última actualización\",\"diverged\":\"divergió\"}");
        // the three statuses all occur in this sweep, so every key shown has its word
        assertThat(json).contains("\"status\":\"max-steps\"").contains("\"status\":\"converged\"")
                .contains("\"status\":\"diverged\"");
    }

    @Test
    void theBasinMapSendsTheWordForStart() {
        Experiment e = Link.read("surface=bowl&run=sgd&steps=20");
        BasinMap.Result r = BasinMap.run(e, 3, ForkJoinPool.commonPool(), Progress.NONE);
        String json = ChartJson.basins(AnalysisPictures.basins(r, 0, 2, i -> "mínimo", "divergió", "ninguno", "baja", "alta", "mínimos",
                "inicio"));
        assertThat(json).contains("\"startLabel\":\"inicio\"");
    }
}
