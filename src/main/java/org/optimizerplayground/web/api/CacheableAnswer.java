package org.optimizerplayground.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Caching of the deterministic GET answers: the same link gives the same numbers bit for bit, so
 * an answer is named by its canonical request (the experiment's canonical link, the endpoint and
 * its own keys) and the version of the code that computes it. The answer carries that name as a
 * strong {@code ETag} and {@code Cache-Control: public, max-age=3600}, so browsers, nginx and CDNs
 * may keep it; a request whose {@code If-None-Match} names it gets {@code 304} before anything is
 * computed.
 */
final class CacheableAnswer {
    static final String CACHE_CONTROL = "public, max-age=3600";
    /**
     * Changes with every build (the build's version and time from {@code META-INF/build-info.properties}),
     * so an answer computed by older code is never reused, even when the version number stayed the same.
     */
    private static final String VERSION = version();

    private CacheableAnswer() {
    }

    /**
     * Sets {@code ETag} and {@code Cache-Control} for the answer named {@code canonical}; true when the
     * client already has it (the 304 has been set and nothing more is to be written).
     */
    static boolean notModified(HttpServletRequest request, HttpServletResponse response, String canonical) {
        response.setHeader("Cache-Control", CACHE_CONTROL);
        return new ServletWebRequest(request, response).checkNotModified(etag(canonical));
    }

    /** The entity tag of the answer named {@code canonical} (quoted, strong). */
    static String etag(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((VERSION + '\n' + canonical).getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String version() {
        try (InputStream in = CacheableAnswer.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in != null) {
                Properties build = new Properties();
                build.load(in);
                return build.getProperty("build.version", "?") + '@' + build.getProperty("build.time", "?");
            }
        } catch (IOException e) {
            // unreadable: fall back to the jar's version below
        }
        String v = CacheableAnswer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The build that names this code's answers (for tests and the README). */
    static String codeVersion() {
        return VERSION;
    }
}
