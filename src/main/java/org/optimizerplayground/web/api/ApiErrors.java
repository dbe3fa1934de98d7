package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.web.json.JsonWriter;

/** The API's answer to a link it cannot read: {@code 400 {"error": …, "param": …}}. */
final class ApiErrors {
    private ApiErrors() {
    }

    static void write(HttpServletResponse response, LinkException e) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body(e.getMessage(), e.param()));
    }

    /** The JSON body of a 400. */
    static String body(String message, String param) {
        return JsonWriter.string(json -> json.beginObject().name("error").value(message).name("param").value(param)
                .endObject());
    }
}
