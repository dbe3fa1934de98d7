package org.optimizerplayground.web.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one-time tokens that open a tab's frame socket. */
class FrameSocketsTest {
    private final FrameSockets sockets = new FrameSockets(true);

    @Test
    void aTokenOpensItsOwnTabOnceAndOnlyOnce() {
        FrameLink tab = new FrameLink(() -> { });
        FrameLink other = new FrameLink(() -> { });
        String token = sockets.issue(tab);
        String othersToken = sockets.issue(other);

        assertThat(sockets.claim(token)).containsSame(tab);
        assertThat(sockets.claim(token)).as("a used token").isEmpty();
        assertThat(sockets.claim(othersToken)).containsSame(other);
        assertThat(sockets.waiting()).isZero();
    }

    @Test
    void unknownMissingAndGuessedTokensOpenNothing() {
        sockets.issue(new FrameLink(() -> { }));
        assertThat(sockets.claim("ft_AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(sockets.claim("")).isEmpty();
        assertThat(sockets.claim(null)).isEmpty();
        assertThat(sockets.waiting()).as("the real token still waits").isOne();
    }

    @Test
    void tokensAre128RandomBitsAndANewOneReplacesTheTabsOld() {
        FrameLink tab = new FrameLink(() -> { });
        Set<String> seen = new HashSet<>();
        String first = sockets.issue(tab);
        String last = first;
        seen.add(first);
        for (int i = 1; i < 1000; i++) {
            last = sockets.issue(tab);
            assertThat(last).startsWith("ft_");
            assertThat(Base64.getUrlDecoder().decode(last.substring(3))).hasSize(16);
            seen.add(last);
        }
        assertThat(seen).as("no token twice").hasSize(1000);
        assertThat(sockets.waiting()).as("one token per tab waits, however often it asks").isOne();
        assertThat(sockets.claim(first)).as("replaced by a newer one").isEmpty();
        assertThat(sockets.claim(last)).containsSame(tab);
    }

    @Test
    void aClosedTabsTokenStopsWorking() {
        FrameLink tab = new FrameLink(() -> { });
        String token = sockets.issue(tab);
        sockets.forget(tab);
        assertThat(sockets.claim(token)).isEmpty();
        assertThat(sockets.waiting()).isZero();
    }
}
