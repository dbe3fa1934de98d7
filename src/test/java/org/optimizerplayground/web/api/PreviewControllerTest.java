package org.optimizerplayground.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.optimizerplayground.web.preview.LinkPreviews;
import org.optimizerplayground.web.ui.Translations;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** {@code GET /api/preview.png}: a 1200 × 630 PNG with an ETag, a 304 for a known one, the API's 400 for a bad link. */
@WebMvcTest(PreviewController.class)
@Import({LinkPreviews.class, Translations.class})
class PreviewControllerTest {
    @Autowired
    MockMvc mvc;

    @Test
    void aLinkGetsItsPictureAndAKnownPictureIsNotSentTwice() throws Exception {
        MvcResult r = mvc.perform(get("/api/preview.png?surface=rosenbrock&run=adam(lr=0.02)&run=sgd(lr=0.001)"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Cache-Control", "public, max-age=86400"))
                .andReturn();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        String etag = r.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        mvc.perform(get("/api/preview.png?surface=rosenbrock&run=adam(lr=0.02)&run=sgd(lr=0.001)")
                        .header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        // Another link, another picture.
        String other = mvc.perform(get("/api/preview.png?surface=bowl")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(other).isNotEqualTo(etag);
    }

    @Test
    void aBadLinkIsTheUsualPlainWords400() throws Exception {
        mvc.perform(get("/api/preview.png?surface=nowhere"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.param").value("surface"))
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("unknown surface")));
        mvc.perform(get("/api/preview.png?stpes=5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.param").value("stpes"));
        mvc.perform(get("/api/preview.png?speed=fast"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.param").value("speed"));
    }
}
