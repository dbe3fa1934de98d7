package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.web.preview.LinkPreviews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/preview.png?<link query>}: the picture of a link's preview card (1200 × 630
 * PNG, see {@link org.optimizerplayground.web.preview.PreviewPicture}), the one the page's
 * {@code og:image} names. Same keys and same 400 answers as {@code /api/trajectory}; the
 * picture of a link never changes, so it carries an ETag and may be cached for a day.
 */
@RestController
public class PreviewController {
    private final LinkPreviews previews;

    public PreviewController(LinkPreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/api/preview.png")
    public void preview(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LinkPreviews.Picture picture;
        try {
            picture = previews.picture(request.getQueryString());
        } catch (LinkException e) {
            ApiErrors.write(response, e);
            return;
        }
        response.setHeader("ETag", picture.etag());
        response.setHeader("Cache-Control", "public, max-age=86400");
        String seen = request.getHeader("If-None-Match");
        if (seen != null && (seen.equals(picture.etag()) || seen.equals("W/" + picture.etag()))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("image/png");
        response.setContentLength(picture.png().length);
        response.getOutputStream().write(picture.png());
    }
}
