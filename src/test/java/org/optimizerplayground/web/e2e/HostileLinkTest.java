package org.optimizerplayground.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenarios 5 and 9 of issue 3: links that cannot be read open the default experiment with a
 * plain notice, and nothing a link carries ever runs as code or becomes markup.
 */
class HostileLinkTest extends BrowserTest {

    @Test
    void scriptsInEveryFieldOpenTheDefaultsWithANoticeAndRunNothing() {
        String link = "/?surface=" + encode("<script>window.__x=1</script>")
                + "&f=" + encode("<img src=x onerror=window.__y=1>")
                + "&run=" + encode("<script>window.__z=1</script>");
        PlaygroundPage page = openInNewTab(link);

        // The notice names the first part that cannot be read (the surface, or f that needs a custom one).
        assertThat(page.notice()).containsPattern("could not be read \\((unknown surface|f )");
        assertNothingRan(page);
        assertThat(page.runCount()).as("the default race is shown instead").isEqualTo(3);
        assertThat(page.address()).isEqualTo("/");
    }

    @Test
    void theSameLinkTypedRawIsHarmlessToo() {
        // Typed as is: Chromium percent-encodes what it must (spaces, < >), as for anybody's link.
        PlaygroundPage page = openInNewTab("/?surface=<script>window.__x=1</script>"
                + "&f=<img src=x onerror=window.__y=1>&run=<script>window.__z=1</script>");

        assertThat(page.notice()).containsPattern("could not be read \\((unknown surface|f )");
        assertNothingRan(page);
    }

    /**
     * One hostile value per key: each link is refused naming its key, and where the notice
     * quotes the value, the markup shows as the plain characters it is made of.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            surface=           | unknown surface | true
            surface=custom&f=  | f:              | false
            run=               | run:            | true
            start=             | start           | true
            view=              | view            | true
            steps=             | steps           | true
            noise=             | noise           | true
            seed=              | seed            | true
            speed=             | speed           | true
            play=              | play            | true
            hide=              | hide:           | true
            lang=              | lang            | true
            """)
    void aHostileValueIsNamedInThePlainNotice(String prefix, String naming, boolean quoted) {
        String hostile = "<img src=x onerror=window.__y=1><script>window.__x=1</script>";
        PlaygroundPage page = openInNewTab("/?" + prefix + encode(hostile));

        String notice = page.notice();
        assertThat(notice).contains("could not be read (" + naming);
        if (quoted) {
            assertThat(notice).contains("'<img src=x onerror=window.__y=1><script>");
        }
        assertNothingRan(page);
        assertThat(page.runCount()).as("the default race is shown instead").isEqualTo(3);
    }

    @Test
    void aHostileKeyIsIgnoredByName() {
        PlaygroundPage page = openInNewTab("/?surface=bowl&" + encode("<script>alert(1)</script>") + "=1");

        assertThat(page.notice()).contains("'<script>alert(1)</script>'").contains("ignored");
        assertNothingRan(page);
        assertThat(page.address()).as("the ignored key leaves the link").isEqualTo("/?surface=bowl");
    }

    @Test
    void aBadNumberOfStepsOpensTheDefaultsNamingSteps() {
        PlaygroundPage page = openInNewTab("/?steps=abc");

        String notice = page.notice();
        assertThat(notice).contains("could not be read (steps").contains("'abc'")
                .doesNotContain("Exception").doesNotContain("java.");
        assertThat(page.runCount()).as("the default race").isEqualTo(3);
        page.waitFor(d -> page.k(1) > 0, "the default race to play");
        assertThat(page.address()).isEqualTo("/");
    }

    private static void assertNothingRan(PlaygroundPage page) {
        assertThat(page.dialogOpen()).as("an alert, confirm or prompt").isFalse();
        for (String global : new String[] {"__x", "__y", "__z"}) {
            assertThat(page.windowGlobal(global)).as("window.%s", global).isNull();
        }
        assertThat(page.markupInNotices()).as("elements inside the notices").isZero();
    }

    /** Percent-encodes a value as a browser does for what must be escaped (here, all but letters and digits). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
