package org.optimizerplayground.web.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The frame socket's endpoint on the real server: a token opens its tab's socket once; others are refused in plain words. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrameEndpointTest {
    @LocalServerPort
    int port;
    @Autowired
    FrameSockets sockets;

    private final HttpClient http = HttpClient.newHttpClient();

    /** What the server said when it closed the socket (code and reason), or "open". */
    private static final class Ending implements WebSocket.Listener {
        final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
            closed.complete(code + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed.complete("error " + error);
        }
    }

    private WebSocket connect(String token, Ending ending) {
        return http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port + "/frames?t=" + token), ending)
                .join();
    }

    @Test
    void unknownTokensAreRefusedWithAReasonNotAStackTrace() throws Exception {
        Ending ending = new Ending();
        connect("ft_nobodyhadthistoken00", ending);
        assertThat(ending.closed.get(10, TimeUnit.SECONDS)).isEqualTo("1008 " + FrameEndpoint.REFUSED);
    }

    @Test
    void aTokenOpensItsTabsSocketOnceAndAFrameReachesIt() throws Exception {
        FrameLink tab = new FrameLink(() -> { });
        String token = sockets.issue(tab);
        CompletableFuture<byte[]> frame = new CompletableFuture<>();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create("ws://localhost:" + port + "/frames?t=" + token),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onBinary(WebSocket w, java.nio.ByteBuffer data, boolean last) {
                        byte[] b = new byte[data.remaining()];
                        data.get(b);
                        frame.complete(b);
                        return null;
                    }
                }).join();
        for (int i = 0; i < 100 && !tab.open(); i++) {
            Thread.sleep(20);
        }
        assertThat(tab.open()).isTrue();
        assertThat(tab.send(9, new byte[] {2, 0, 9, 0, 0, 0})).isTrue();
        assertThat(frame.get(10, TimeUnit.SECONDS)).containsExactly(2, 0, 9, 0, 0, 0);
        assertThat(tab.busy()).as("until the page acknowledges").isTrue();
        ws.sendBinary(java.nio.ByteBuffer.wrap(new byte[] {9, 0, 0, 0}), true).join();
        for (int i = 0; i < 100 && tab.busy(); i++) {
            Thread.sleep(20);
        }
        assertThat(tab.busy()).isFalse();

        Ending second = new Ending();
        connect(token, second);
        assertThat(second.closed.get(10, TimeUnit.SECONDS)).as("the same token again").isEqualTo("1008 " + FrameEndpoint.REFUSED);
        ws.sendClose(1000, "").join();
        for (int i = 0; i < 100 && tab.open(); i++) {
            Thread.sleep(20);
        }
        assertThat(tab.open()).as("closed by the page").isFalse();
    }
}
