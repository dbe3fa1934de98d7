package org.optimizerplayground.web.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.web.frames.FrameLink;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A tab whose frames go over its frame socket, with a socket that is slow to take them: never
 * more than one frame in flight, the frames held back carried by the next one, and the frame in
 * flight sent again through Vaadin ahead of an edit's changes.
 */
@SpringBootTest
class FrameChannelTest extends BrowserlessTab {
    /** A page at the end of a slow socket: it writes a frame only when told, and acknowledges it then. */
    private static final class SlowPage implements FrameLink.Socket {
        final List<byte[]> frames = new ArrayList<>();
        Consumer<Boolean> writing;

        @Override
        public void send(byte[] bytes, Consumer<Boolean> done) {
            assertThat(writing).as("a second frame while one is in flight").isNull();
            frames.add(bytes);
            writing = done;
        }

        void take(FrameLink link) {
            writing.accept(true);
            writing = null;
            link.acknowledged(this, FrameMessageReader.read(frames.getLast()).seq());
        }

        @Override
        public void close(String reason) {
        }
    }

    /** Frames that went through Vaadin so far. */
    private final List<byte[]> throughVaadin = new ArrayList<>();

    /** The calls of the answer being made now; the frames among them are kept in {@link #throughVaadin}. */
    private List<String> vaadinCalls() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        for (var c : calls) {
            if (c.getInvocation().getExpression().contains("drawFrame")) {
                throughVaadin.add(java.util.Base64.getDecoder().decode((String) c.getInvocation().getParameters().getLast()));
            }
        }
        return calls.stream().map(i -> i.getInvocation().getExpression()).toList();
    }

    /** A tab, its frame channel, and the slow page at the end of its frame socket. */
    private record Opened(PlaygroundView view, FrameChannel channel, SlowPage page) {
    }

    /**
     * Opens a tab of {@code query} (its opening's Vaadin calls taken) whose page then opens its
     * frame socket: a slow one. The components are looked up first: a Karibu lookup runs the
     * tab's queued tasks, which must not come between the socket's opening and the test.
     */
    private Opened openOverASlowSocket(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        PlaygroundView view = _get(PlaygroundView.class);
        FrameChannel channel = _get(FrameChannel.class);
        assertThat(channel.link()).as("the frame socket is on by default").isNotNull();
        vaadinCalls();
        SlowPage page = new SlowPage();
        channel.link().attach(page);
        return new Opened(view, channel, page);
    }

    @Test
    void theAnswerToThePagesFirstRequestIsLetGoOnceItsFrameSocketOpensThoughNothingPlays() {
        // speed=max: the runs end at once, so no timed frame ever comes to let that answer go.
        UI.getCurrent().navigate("", QueryParameters.fromString("surface=bowl&steps=500&run=adam(lr=0.1)&speed=max"));
        var internals = UI.getCurrent().getInternals();
        internals.setLastRequestResponse("{\"clientId\":0,\"changes\":[… the whole page, ~700 KB …]}");
        FrameChannel channel = _get(FrameChannel.class);

        channel.link().attach(new SlowPage()); // opened with the token that answer carried
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();

        assertThat(internals.getLastRequestResponse()).as("the page has that answer: not kept for the life of the tab").isNull();
    }

    @Test
    void anAnswerToALaterMessageIsNotLetGoWhenTheSocketOpens() {
        UI.getCurrent().navigate("", QueryParameters.fromString("surface=bowl&steps=500&run=adam(lr=0.1)&speed=max"));
        var internals = UI.getCurrent().getInternals();
        // The page sent a message, whose answer it may not have had yet: Vaadin keeps it to send again.
        internals.setLastProcessedClientToServerId(internals.getLastProcessedClientToServerId() + 1, new byte[0]);
        internals.setLastRequestResponse("for(;;);[{\"syncId\":1}]");

        _get(FrameChannel.class).link().attach(new SlowPage());
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();

        assertThat(internals.getLastRequestResponse()).isEqualTo("for(;;);[{\"syncId\":1}]");
    }

    @Test
    void aSlowSocketHasOneFrameInFlightAndTheNextCarriesTheHeldBackPoints() {
        Opened tab = openOverASlowSocket("surface=bowl&steps=500&run=adam(lr=0.1)&speed=300&play=false");
        PlaygroundView view = tab.view();
        FrameChannel channel = tab.channel();
        SlowPage page = tab.page();

        view.live().command(LiveSession.Command.PLAY); // its frame (the chips' k) goes over the socket too
        vaadinCalls();
        if (!page.frames.isEmpty()) {
            page.take(channel.link());
        }
        int before = page.frames.size();
        long now = System.nanoTime();
        view.session().tick(now);
        assertThat(view.live().timedFrame()).isTrue();
        assertThat(page.frames).as("over the socket").hasSize(before + 1);
        assertThat(vaadinCalls()).doesNotContain("return $0.drawFrame($1)");
        for (int i = 1; i <= 5; i++) {
            view.session().tick(now + i * 40_000_000L);
            assertThat(view.live().timedFrame()).as("held back while a frame is in flight").isFalse();
        }
        assertThat(page.frames).hasSize(before + 1);
        assertThat(vaadinCalls()).as("nothing queued in Vaadin either").noneMatch(c -> c.contains("drawFrame"));
        page.take(channel.link());
        assertThat(view.live().timedFrame()).isTrue();
        assertThat(page.frames).hasSize(before + 2);

        int k = view.session().trajectories().getFirst().size() - 1;
        int mapPoints = 0;
        List<byte[]> all = new ArrayList<>(throughVaadin);
        all.addAll(page.frames);
        for (byte[] f : all) {
            mapPoints += FrameMessageReader.read(f).of("contour-chart").stream().mapToInt(p -> p.x().length).sum();
        }
        assertThat(k).as("five frames' worth of updates").isGreaterThan(20);
        assertThat(mapPoints).as("θ₁ … θ_k, each once (θ₀ came with the page, before the socket opened)").isEqualTo(k);
        FrameMessageReader second = FrameMessageReader.read(page.frames.getLast());
        assertThat(second.seq()).isEqualTo(FrameMessageReader.read(page.frames.get(before)).seq() + 1);
        assertThat(second.chips()).containsEntry(0, k);
    }

    @Test
    void anEditWhileAFrameIsInFlightSendsThatFrameAgainThroughVaadinBeforeItsChanges() {
        Opened tab = openOverASlowSocket("surface=bowl&steps=500&run=adam(lr=0.1)&speed=300&play=false");
        PlaygroundView view = tab.view();
        FrameChannel channel = tab.channel();
        SlowPage page = tab.page();
        view.live().command(LiveSession.Command.PLAY);
        if (!page.frames.isEmpty()) {
            page.take(channel.link());
        }
        view.session().tick(System.nanoTime());
        view.live().timedFrame();
        vaadinCalls();
        int sent = page.frames.size();
        byte[] inFlight = page.frames.getLast();

        view.live().command(LiveSession.Command.RESET); // clears the charts through Vaadin
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        var calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        List<String> expressions = calls.stream().map(i -> i.getInvocation().getExpression()).toList();
        assertThat(expressions.getFirst()).as("the frame in flight first").isEqualTo("return $0.drawFrame($1)");
        assertThat(java.util.Base64.getDecoder().decode((String) calls.getFirst().getInvocation().getParameters().getLast()))
                .isEqualTo(inFlight);
        assertThat(expressions.subList(1, expressions.size())).as("then the reset's own changes and its frame")
                .anyMatch(e -> e.contains("clear")).endsWith("return $0.drawFrame($1)");
        assertThat(page.frames).as("nothing more over the busy socket").hasSize(sent);
    }

    @Test
    void theFrameThatEndsARunGoesThroughVaadinWithTheChipThatSaysSo() {
        Opened tab = openOverASlowSocket("surface=bowl&steps=40&run=adam(lr=0.1)&speed=300&play=false");
        PlaygroundView view = tab.view();
        FrameChannel channel = tab.channel();
        SlowPage page = tab.page();
        view.live().command(LiveSession.Command.PLAY);
        vaadinCalls();
        long now = System.nanoTime();
        int socketFrames = 0;
        for (int i = 1; i <= 200 && view.session().trajectories().getFirst().status()
                == org.optimizerplayground.engine.run.Status.RUNNING; i++) {
            if (page.writing != null) {
                page.take(channel.link());
            }
            socketFrames = page.frames.size();
            view.session().tick(now + i * 40_000_000L);
            view.live().timedFrame();
            if (view.session().trajectories().getFirst().status() == org.optimizerplayground.engine.run.Status.RUNNING) {
                vaadinCalls();
            }
        }
        assertThat(page.frames.size()).as("frames over the socket while the run played").isGreaterThan(1);
        assertThat(page.frames).as("the last frame did not go over the socket").hasSize(socketFrames);
        int vaadinFrames = throughVaadin.size();
        assertThat(vaadinCalls()).as("the ending frame in the same Vaadin answer as the chip's words")
                .contains("return $0.drawFrame($1)");
        assertThat(view.session().trajectories().getFirst().status()).isNotEqualTo(org.optimizerplayground.engine.run.Status.RUNNING);
        assertThat(throughVaadin).hasSize(vaadinFrames + 1);
        FrameMessageReader last = FrameMessageReader.read(throughVaadin.getLast());
        assertThat(last.seq()).as("ordered after the socket's frames")
                .isEqualTo(FrameMessageReader.read(page.frames.getLast()).seq() + 1);
        assertThat(last.of("contour-chart").getFirst().x()).as("with the run's last point").isNotEmpty();
    }

    @Test
    void aHeavyFrameMadeBeforeTheSocketOpensWaitsForItInsteadOfGoingIntoVaadinsAnswer() {
        var sockets = context.getBean(org.optimizerplayground.web.frames.FrameSockets.class);
        sockets.setWait(java.time.Duration.ofSeconds(30));
        UI.getCurrent().navigate("", QueryParameters.fromString(HeavyFrameTest.HEAVY + "&speed=max&play=false"));
        FrameChannel channel = _get(FrameChannel.class);
        vaadinCalls();
        int before = throughVaadin.size();
        _get(PlaygroundView.class).live().command(LiveSession.Command.PLAY); // every update at once
        assertThat(vaadinCalls()).as("Vaadin's answer keeps the frame's fence, not the frame").contains("return $0.fence($1)");
        assertThat(throughVaadin).as("frames in Vaadin's answer").hasSize(before);
        assertThat(channel.counts()[3]).as("frames parked").isEqualTo(1);

        SlowPage page = new SlowPage();
        channel.link().attach(page);
        assertThat(page.frames).as("the socket's first frame").hasSize(1);
        assertThat(page.frames.getFirst().length).as("the heavy frame").isGreaterThan(FrameChannel.PARK_BYTES);
        assertThat(FrameMessageReader.read(page.frames.getFirst()).fenced()).as("after the changes it was made with").isTrue();
        page.take(channel.link());
        assertThat(channel.link().busy()).isFalse();
    }
}
