package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletResponse;
import org.optimizerplayground.engine.experiment.Experiment;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.util.Text;

/**
 * The API's {@code download} key: {@code download=true} answers with
 * {@code Content-Disposition: attachment; filename="optimizer-playground-<surface>[-what].<ext>"},
 * so that a browser saves the answer as a file instead of showing it. Any other value is a 400.
 */
final class FileDownload {
    /** The key, accepted by the trajectory, sweep and basin endpoints. */
    static final String KEY = "download";

    private FileDownload() {
    }

    /** Whether the query asks for a file; checks the value. */
    static boolean wanted(QueryString query) {
        if (!query.has(KEY)) {
            return false;
        }
        String value = query.get(KEY);
        if (!value.equals("true")) {
            throw new LinkException(KEY, "download must be true (or left out), got '" + Text.quote(value) + "'");
        }
        return true;
    }

    /** The file name: {@code optimizer-playground-rosenbrock-sweep.csv}; {@code what} may be empty. */
    static String fileName(Experiment e, String what, String extension) {
        return "optimizer-playground-" + e.surface().id() + (what.isEmpty() ? "" : "-" + what) + "." + extension;
    }

    /** Marks the answer as a file to save (surface ids are plain ASCII, so the name needs no escaping). */
    static void attach(HttpServletResponse response, String fileName) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
