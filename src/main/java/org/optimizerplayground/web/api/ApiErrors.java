package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.web.json.JsonWriter;

/**
 * The API's answer to a link it cannot read, {@code 400 {"error": …, "param": …}}, and to a
 * path or method it does not serve (the same body with 404 or 405).
 */
final class ApiErrors {
    private ApiErrors() {
    }

    static void write(HttpServletResponse response, LinkException e) throws IOException {
        write(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), e.param());
    }

    static void write(HttpServletResponse response, int status, String message, String param) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(body(message, param));
    }

    /** The JSON body of an error answer. */
    static String body(String message, String param) {
        return JsonWriter.string(json -> json.beginObject().name("error").value(message).name("param").value(param)
                .endObject());
    }
}
