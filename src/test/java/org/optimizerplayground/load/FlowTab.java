package org.optimizerplayground.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One browser tab of the playground, played by speaking Vaadin Flow's own protocol instead of
 * running a browser: what Chromium does when it opens a link, captured with its DevTools network
 * log (Vaadin 24.9, push over websocket):
 *
 * <ol>
 *   <li>{@code GET /?<link>}: the index page and the {@code JSESSIONID} cookie;</li>
 *   <li>{@code GET /?v-r=init&location=&query=<link>}: the UI's id, its CSRF token
 *       ({@code Vaadin-Security-Key}) and push id ({@code Vaadin-Push-ID});</li>
 *   <li>the websocket {@code /VAADIN/push?v-r=push&v-uiId=…&v-pushId=…} with Atmosphere's query
 *       parameters; the server answers with Atmosphere's handshake ({@code uuid|interval|X|}), then
 *       pushes UIDL messages, each {@code length|for(;;);[{…}]};</li>
 *   <li>{@code POST /?v-r=uidl&v-uiId=…}: the {@code ui-navigate} event that builds the view (its
 *       answer carries the component tree, where the run's α field is found by its element id);</li>
 *   <li>from then on every message of the client goes over the websocket, {@code length|{json}},
 *       with the server's last {@code syncId} and the client's own message counter
 *       {@code clientId} (a wrong counter makes the server resynchronize: counted as an error);</li>
 *   <li>closing the tab: Vaadin's unload beacon ({@code "UNLOAD": true}, which closes the UI at
 *       once), then the websocket's close; an abandoned tab just drops its socket.</li>
 * </ol>
 *
 * <p>A frame is a pushed message that calls the frame channel's {@code drawFrame} (the map's
 * {@code appendPoints} before frames had their own channel), or a binary message on the tab's
 * frame socket: what a student sees moving. Arrival times are taken when the last byte of the
 * message has arrived. The frame socket (server option {@code playground.frames.socket}, on by
 * default) is opened as the page opens it: the one-time token ({@code ft_…}) is the argument of
 * the frame channel's {@code open} call in a UIDL message (the view's answer, or a later push), the
 * socket is {@code /frames?t=<token>} with the session cookie, and every frame is acknowledged at
 * once with its sequence number (4 bytes, little-endian), which is what lets the server send the
 * next one. The client does not reorder frames like the page (it only counts them).
 *
 * <p>Like the page in a window of ordinary height, the tab then reports the panels below the fold
 * that the page watches with an IntersectionObserver (the code panel and the analysis,
 * {@link #BELOW_THE_FOLD}) as out of view: the DOM event {@code playground-in-view} with detail
 * false, once, after the view is built (a server without those listeners ignores the event).
 */
final class FlowTab implements WebSocket.Listener {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Vaadin 24 put this before every UIDL message (against JSON hijacking); Vaadin 25 does not. */
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http;
    private final URI base;
    private final String query;
    private String cookie;
    private String csrf;
    private String pushId;
    private int uiId;
    private int lrNode = -1;
    /** The element ids of the panels the page reports out of view once it has opened. */
    static final List<String> BELOW_THE_FOLD = List.of("code-export", "analysis");
    private final List<Integer> belowTheFold = new java.util.ArrayList<>();
    private volatile WebSocket socket;
    private final CountDownLatch handshake = new CountDownLatch(1);
    private final StringBuilder inbox = new StringBuilder();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    // Written by the socket's listener (one message at a time) and read by the driver: guarded by this.
    private int lastSyncId = -1;
    private int nextClientId;
    private boolean recording;
    private long[] arrivals = new long[256];
    private int frames;
    private long frameBytes;
    private long messages;
    private long bytes;
    private int resyncs;
    private int appErrors;
    private int syncGaps;
    private boolean closedByUs;
    private int unexpectedCloses;
    private final AtomicInteger httpErrors = new AtomicInteger();
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("\"(ft_[A-Za-z0-9_-]{16,})\"");
    private volatile WebSocket frameSocket;
    private int socketFrames;
    private int socketsOpened;

    FlowTab(HttpClient http, URI base, String query) {
        this.http = http;
        this.base = base;
        this.query = query;
    }

    /** Opens the page as a browser does; returns when the view is built and the socket is open. */
    void open() throws IOException, InterruptedException {
        open(true);
    }

    /**
     * Opens the tab; without {@code page} it skips the index page (whose only use here is the
     * session cookie, which the init request sets just as well).
     */
    void open(boolean page) throws IOException, InterruptedException {
        if (page) {
            takeCookie(send(HttpRequest.newBuilder(base.resolve("/?" + query)).GET()));
        }
        HttpResponse<String> init = send(HttpRequest.newBuilder(base.resolve("/?v-r=init&location=&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET());
        if (cookie == null) {
            takeCookie(init);
        }
        if (!init.body().startsWith("{")) {
            throw new IOException("not Vaadin's init answer: " + abbreviate(init.body()));
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        csrf = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString();
        synchronized (this) {
            lastSyncId = Math.max(lastSyncId, uidl.path("syncId").asInt(-1));
            nextClientId = uidl.path("clientId").asInt(0);
        }
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId());
        socket = http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(ws, this).join();
        if (!handshake.await(30, TimeUnit.SECONDS)) {
            throw new IOException("no Atmosphere handshake within 30 s");
        }
        String navigate = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"\",\"query\":" + JSON.writeValueAsString(query) + ",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":" + lastSyncId()
                + ",\"clientId\":" + takeClientId() + "}";
        HttpResponse<String> view = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)));
        String body = uidl(view.body());
        if (body == null) {
            throw new IOException("unexpected answer to ui-navigate: " + abbreviate(view.body()));
        }
        JsonNode answer = JSON.readTree(body);
        // Vaadin 24 answered an array of messages, Vaadin 25 answers one message object.
        Iterable<JsonNode> messages = answer.isArray() ? answer : List.of(answer);
        for (JsonNode message : messages) {
            synchronized (this) {
                lastSyncId = Math.max(lastSyncId, message.path("syncId").asInt(-1));
            }
            for (JsonNode change : message.path("changes")) {
                if ("id".equals(change.path("key").asString()) && "param-1-lr".equals(change.path("value").asString())) {
                    lrNode = change.path("node").asInt();
                }
                if ("id".equals(change.path("key").asString()) && BELOW_THE_FOLD.contains(change.path("value").asString())) {
                    belowTheFold.add(change.path("node").asInt());
                }
            }
        }
        if (lrNode < 0) {
            throw new IOException("the view has no param-1-lr field");
        }
        openFrameSocket(body);
        reportOutOfView();
    }

    /** What the page's IntersectionObservers say right after it opened: the panels below the fold are out of view. */
    private void reportOutOfView() {
        if (belowTheFold.isEmpty()) {
            return;
        }
        StringBuilder rpc = new StringBuilder();
        for (int node : belowTheFold) {
            rpc.append(rpc.isEmpty() ? "" : ",").append("{\"type\":\"event\",\"node\":").append(node)
                    .append(",\"event\":\"playground-in-view\",\"data\":{\"event.detail\":false}}");
        }
        sendOnSocket("{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + lastSyncId()
                + ",\"clientId\":" + takeClientId() + "}");
    }

    /** Opens the frame socket if {@code uidl} hands the tab a token (as the page's frame channel does). */
    private void openFrameSocket(String uidl) {
        var m = TOKEN.matcher(uidl);
        if (!m.find()) {
            return;
        }
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "/frames?t=" + m.group(1));
        http.newWebSocketBuilder().header("Cookie", cookie).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(uri, new FrameSocket()).whenComplete((ws, failed) -> {
                    if (failed != null) {
                        synchronized (this) {
                            if (!closedByUs) {
                                unexpectedCloses++;
                            }
                        }
                    } else {
                        frameSocket = ws;
                        synchronized (this) {
                            socketsOpened++;
                        }
                    }
                });
    }

    /** The tab's frame socket: binary frames in, a 4-byte acknowledgement out per frame. */
    private final class FrameSocket implements WebSocket.Listener {
        private java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, java.nio.ByteBuffer data, boolean last) {
            long now = System.nanoTime();
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            partial.write(chunk, 0, chunk.length);
            if (last) {
                byte[] frame = partial.toByteArray();
                partial = new java.io.ByteArrayOutputStream();
                synchronized (FlowTab.this) {
                    messages++;
                    bytes += frame.length;
                    socketFrames++;
                    if (recording) {
                        if (frames == arrivals.length) {
                            arrivals = Arrays.copyOf(arrivals, frames * 2);
                        }
                        arrivals[frames++] = now;
                        frameBytes += frame.length;
                    }
                }
                // Acknowledge at once (the page does once it has applied the frame): bytes 2-5 are its number.
                java.nio.ByteBuffer ack = java.nio.ByteBuffer.wrap(Arrays.copyOfRange(frame, 2, 6));
                ws.sendBinary(ack, true);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            synchronized (FlowTab.this) {
                if (!closedByUs) {
                    unexpectedCloses++;
                }
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            onClose(ws, 1006, String.valueOf(error));
        }
    }

    private void takeCookie(HttpResponse<String> response) throws IOException {
        cookie = response.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new IOException("no JSESSIONID from " + response.uri()));
    }

    /** The HTTP session's id (the JSESSIONID cookie's value). */
    String sessionId() {
        return cookie.substring(cookie.indexOf('=') + 1);
    }

    /** Types a new α into the first run's field, as a student does (value sync + change event). */
    void tweak(double lr) {
        String value = String.format(Locale.ROOT, "%s", lr);
        String message = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":["
                + "{\"type\":\"mSync\",\"node\":" + lrNode + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value + "\"},"
                + "{\"type\":\"mSync\",\"node\":" + lrNode + ",\"feature\":1,\"property\":\"_inputElementValue\",\"value\":\""
                + value + "\"},{\"type\":\"event\",\"node\":" + lrNode + ",\"event\":\"change\",\"data\":{}}],"
                + "\"syncId\":" + lastSyncId() + ",\"clientId\":" + takeClientId() + "}";
        sendOnSocket(message);
    }

    /** Closes the tab properly: Vaadin's unload beacon, then the websocket's close. */
    void close() throws IOException, InterruptedException {
        synchronized (this) {
            closedByUs = true;
        }
        String beacon = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + lastSyncId() + ",\"clientId\":"
                + takeClientId() + ",\"UNLOAD\":true}";
        send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(beacon)));
        WebSocket ws = socket;
        if (ws != null) {
            try {
                ws.sendClose(1001, "").get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the server may have closed it first
            }
            ws.abort();
        }
        WebSocket frames = frameSocket;
        if (frames != null) {
            frames.abort();
        }
    }

    /** Abandons the tab: the socket drops, nothing is said (a laptop lid closed, a network gone). */
    void abandon() {
        synchronized (this) {
            closedByUs = true;
        }
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
        WebSocket frames = frameSocket;
        if (frames != null) {
            frames.abort();
        }
    }

    /** Starts or stops recording frames (a measurement window). */
    synchronized void record(boolean on) {
        recording = on;
    }

    /** What this tab saw while recording. */
    synchronized Stats stats() {
        return new Stats(Arrays.copyOf(arrivals, frames), frameBytes, messages, bytes, resyncs, appErrors, syncGaps,
                unexpectedCloses, httpErrors.get(), socketFrames, socketsOpened);
    }

    /**
     * Frame arrival times (System.nanoTime) and counters of one tab over one window; {@code socketFrames}
     * counts the frames of the frame socket since the tab opened (the rest came through Vaadin).
     */
    record Stats(long[] arrivals, long frameBytes, long messages, long bytes, int resyncs, int appErrors,
                 int syncGaps, int unexpectedCloses, int httpErrors, int socketFrames, int socketsOpened) {
        int errors() {
            return resyncs + appErrors + syncGaps + unexpectedCloses + httpErrors;
        }
    }

    private synchronized int lastSyncId() {
        return lastSyncId;
    }

    private synchronized int takeClientId() {
        return nextClientId++;
    }

    private void sendOnSocket(String json) {
        String framed = json.length() + "|" + json;
        WebSocket ws = socket;
        synchronized (this) {
            // One send at a time on a java.net.http WebSocket.
            sending = sending.handle((r, e) -> null).thenCompose(x -> ws.sendText(framed, true));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            httpErrors.incrementAndGet();
            throw new IOException("HTTP " + response.statusCode() + " for " + response.uri());
        }
        return response;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        synchronized (this) {
            inbox.append(data);
            drain(now);
        }
        webSocket.request(1);
        return null;
    }

    /** Takes every complete {@code length|payload} message out of the inbox. */
    private void drain(long now) {
        while (true) {
            int bar = inbox.indexOf("|");
            if (bar < 0) {
                return;
            }
            int length = Integer.parseInt(inbox, 0, bar, 10);
            if (inbox.length() < bar + 1 + length) {
                return;
            }
            String payload = inbox.substring(bar + 1, bar + 1 + length);
            inbox.delete(0, bar + 1 + length);
            handle(payload, now);
        }
    }

    /** The JSON of a UIDL message (with or without Vaadin 24's prefix), or null if it is none. */
    private static String uidl(String payload) {
        if (payload.startsWith(UIDL_PREFIX)) {
            return payload.substring(UIDL_PREFIX.length());
        }
        return payload.startsWith("{") || payload.startsWith("[") ? payload : null;
    }

    private void handle(String payload, long now) {
        if (uidl(payload) == null) {
            handshake.countDown(); // Atmosphere's handshake "uuid|interval|X|", or its heartbeat "X"
            return;
        }
        int size = utf8Length(payload);
        messages++;
        bytes += size;
        int sync = intAfter(payload, "\"syncId\":", payload.lastIndexOf("\"syncId\":"));
        if (sync >= 0) {
            if (lastSyncId >= 0 && sync != lastSyncId + 1 && recording) {
                syncGaps++;
            }
            lastSyncId = Math.max(lastSyncId, sync);
        }
        if (frameSocket == null && payload.contains("\"ft_")) {
            openFrameSocket(payload);
        }
        if (payload.contains("\"resynchronize\":true")) {
            resyncs++;
        }
        if (payload.contains("\"appError\"") || payload.contains("\"sessionExpired\"")) {
            appErrors++;
        }
        if (recording && (payload.contains("return $0.drawFrame(") || payload.contains("return $0.appendPoints("))) {
            if (frames == arrivals.length) {
                arrivals = Arrays.copyOf(arrivals, frames * 2);
            }
            arrivals[frames++] = now;
            frameBytes += size;
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        synchronized (this) {
            if (!closedByUs) {
                unexpectedCloses++;
            }
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        synchronized (this) {
            if (!closedByUs) {
                unexpectedCloses++;
            }
        }
    }

    private static int intAfter(String s, String key, int at) {
        if (at < 0) {
            return -1;
        }
        int i = at + key.length();
        int end = i;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end > i ? Integer.parseInt(s, i, end, 10) : -1;
    }

    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
