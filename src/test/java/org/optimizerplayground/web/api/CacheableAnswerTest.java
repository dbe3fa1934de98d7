package org.optimizerplayground.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CacheableAnswerTest {
    @Test
    void theCodeIsNamedByItsBuildTimeNotOnlyByItsVersionNumber() {
        // 0.1.0-SNAPSHOT stays the same from build to build; the build time does not.
        String version = CacheableAnswer.codeVersion();
        assertTrue(version.matches(".+@\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"),
                "expected version@build-time from META-INF/build-info.properties, got " + version);
    }

    @Test
    void oneAnswerHasOneTagAndAnotherAnswerAnother() {
        String adam = "trajectory?surface=rosenbrock&run=adam(lr=0.02)&format=json";
        assertEquals(CacheableAnswer.etag(adam), CacheableAnswer.etag(adam));
        assertNotEquals(CacheableAnswer.etag(adam), CacheableAnswer.etag(adam.replace("json", "csv")));
        assertTrue(CacheableAnswer.etag(adam).matches("\"[0-9a-f]{32}\""), "a quoted strong tag");
    }
}
