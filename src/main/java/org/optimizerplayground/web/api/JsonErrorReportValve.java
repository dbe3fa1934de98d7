package org.optimizerplayground.web.api;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (for requests it refuses before any servlet sees them: a request
 * line with raw spaces or control characters, a header over the size limit) written as the
 * API's JSON {@code {"error", "param"}} instead of Tomcat's HTML page, so that a client of
 * {@code /api} always gets the same kind of 400.
 */
public class JsonErrorReportValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String message = status == 400
                ? "the link could not be read: it is too long, or it has characters that must be percent-encoded"
                : "the request failed with HTTP status " + status;
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ApiErrors.body(message, ""));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already started: nothing more to say.
        }
    }
}
