package org.optimizerplayground.web.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimizerplayground.engine.network.NetworkLink;
import org.optimizerplayground.engine.network.NetworkProblem;
import org.optimizerplayground.engine.network.TrainRecording;

class NetworkSessionTest {

    @Test
    void aWholeRunInOneFrameStillHasTheWholeSetsEvaluatedEveryTwoHundredthOfTheRun() {
        // 1000 updates at "max": the first frame plays all of them (UPDATES_PER_FRAME_AT_MAX ≥ 1000).
        NetworkSession session = new NetworkSession(NetworkLink.read("steps=1000&run=adam(lr=0.03)"),
                NetworkSession.MAX_SPEED);
        session.play();
        for (long t = 0; session.needsTicks(); t += 33_000_000L) {
            session.tick(t);
        }
        List<NetworkSession.Metrics> metrics = session.metrics(0);
        // k = 0, then every 5 updates up to 1000: 201 points, not the two of one evaluation per frame.
        assertEquals(201, metrics.size());
        assertTrue(metrics.stream().allMatch(m -> m.k() % 5 == 0));

        // Each point is the API's number at that k.
        var api = TrainRecording.run(NetworkProblem.of(session.spec()), 5, false).get(0);
        for (int i = 0; i < metrics.size(); i++) {
            assertEquals(api.k(i), metrics.get(i).k());
            assertEquals(api.trainLoss(i), metrics.get(i).trainLoss());
            assertEquals(api.testAccuracy(i), metrics.get(i).testAccuracy());
        }
    }
}
