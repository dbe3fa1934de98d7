package org.optimizerplayground.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.analysis.AnalysisService;
import org.optimizerplayground.web.session.TrajectoryStoreSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code download=true} makes an answer a file to save ({@code Content-Disposition: attachment}),
 * and the sweep and the basin map answer as CSV with {@code format=csv}.
 */
@WebMvcTest({TrajectoryController.class, AnalysisController.class})
@Import({AnalysisService.class, ApiGate.class, TrajectoryStoreSettings.class})
class FileDownloadTest {
    @Autowired
    MockMvc mvc;

    private ResultActions call(String path, String rawQuery) throws Exception {
        return mvc.perform(get(path).with(request -> {
            request.setQueryString(rawQuery);
            return request;
        }));
    }

    private MockHttpServletResponse ok(String path, String rawQuery) throws Exception {
        return call(path, rawQuery).andExpect(status().isOk()).andReturn().getResponse();
    }

    @Test
    void theTrajectoryAsAFile() throws Exception {
        MockHttpServletResponse csv = ok("/api/trajectory", "steps=3&run=sgd(lr=0.001)&format=csv&download=true");
        assertEquals("attachment; filename=\"optimizer-playground-rosenbrock.csv\"",
                csv.getHeader("Content-Disposition"));
        assertEquals(5, csv.getContentAsString().lines().count(), "a header and 4 rows");
        MockHttpServletResponse json = ok("/api/trajectory", "surface=bowl&steps=3&download=true");
        assertEquals("attachment; filename=\"optimizer-playground-bowl.json\"", json.getHeader("Content-Disposition"));
        assertNull(ok("/api/trajectory", "steps=3").getHeader("Content-Disposition"), "shown, not saved, by default");
    }

    @Test
    void downloadTakesOnlyTrue() throws Exception {
        for (String path : List.of("/api/trajectory", "/api/sweep", "/api/basins")) {
            call(path, "surface=parabola&steps=10&download=yes").andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.param").value("download"));
        }
        call("/api/sweep", "surface=parabola&steps=10&format=xml").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.param").value("format"));
    }

    @Test
    void theSweepAsCsv() throws Exception {
        // The numbers of AnalysisControllerTest's sweep: α = 0.1 reaches J < 1e-6 at k = 36, α = 10 diverges.
        MockHttpServletResponse r = ok("/api/sweep",
                "surface=parabola&steps=100&run=sgd&lr_from=0.01&lr_to=10&count=4&format=csv&download=true");
        assertEquals("attachment; filename=\"optimizer-playground-parabola-sweep.csv\"",
                r.getHeader("Content-Disposition"));
        assertTrue(r.getContentType().startsWith("text/csv"), r.getContentType());
        List<String> lines = r.getContentAsString().lines().toList();
        assertEquals("run,lr,final_loss,status,steps_to_tol", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).startsWith("0,0.01,") && lines.get(1).endsWith(",max-steps,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("0,0.1,") && lines.get(2).endsWith(",36"), lines.get(2));
        assertTrue(lines.get(4).startsWith("0,10,") && lines.get(4).endsWith(",diverged,"), lines.get(4));
    }

    @Test
    void theBasinMapAsCsv() throws Exception {
        // AnalysisControllerTest's double well: left starts end in the global minimum (0), right ones in the local (1).
        MockHttpServletResponse r = ok("/api/basins",
                "surface=double-well&steps=500&run=sgd(lr=0.01)&grid=4&format=csv&download=true");
        assertEquals("attachment; filename=\"optimizer-playground-double-well-basins.csv\"",
                r.getHeader("Content-Disposition"));
        List<String> lines = r.getContentAsString().lines().toList();
        assertEquals("run,cell,theta1,basin,final_loss", lines.get(0));
        assertEquals(5, lines.size(), "4 cells of one run");
        assertTrue(lines.get(1).startsWith("0,0,") && lines.get(1).contains(",0,"), lines.get(1));
        assertTrue(lines.get(4).startsWith("0,3,") && lines.get(4).contains(",1,"), lines.get(4));
    }
}
