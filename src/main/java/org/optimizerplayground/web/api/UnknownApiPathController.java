package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.optimizerplayground.engine.util.Text;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every request under {@code /api/} that no other controller maps, whatever its method: a JSON
 * {@code 404} (or {@code 405} for a known endpoint asked with another method than GET) in the
 * API's usual {@code {"error", "param"}} form. Without it such a request would fall through to
 * Vaadin's servlet, which serves the page (HTML, 200) for any path. A pattern with {@code **} is
 * the least specific mapping there is, so the API's own endpoints always win over this one;
 * paths outside {@code /api/} (the page, {@code /VAADIN/**}, push) never reach it.
 */
@RestController
public class UnknownApiPathController {
    /** The API's endpoints, all GET (SPEC §7, §9; issue 12's network API). */
    static final Set<String> ENDPOINTS = Set.of("/api/trajectory", "/api/sweep", "/api/basins", "/api/train",
            "/api/landscape");

    @RequestMapping("/api/**")
    public void unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ENDPOINTS.contains(path)) {
            response.setHeader("Allow", "GET");
            ApiErrors.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, Text.quote(path)
                    + " answers GET only, got " + Text.quote(request.getMethod()), "");
            return;
        }
        ApiErrors.write(response, HttpServletResponse.SC_NOT_FOUND, "there is no API at '" + Text.quote(path)
                + "' (the API is GET " + String.join(", ", ENDPOINTS.stream().sorted().toList()) + ")", "");
    }
}
