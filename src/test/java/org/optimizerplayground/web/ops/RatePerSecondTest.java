package org.optimizerplayground.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RatePerSecondTest {
    private final AtomicLong now = new AtomicLong(5_000_000_000L);
    private final AtomicLong count = new AtomicLong(100);
    private final RatePerSecond rate = new RatePerSecond(count::get, now::get);

    @Test
    void averagesSinceThePreviousReading() {
        assertThat(rate.perSecond()).as("first reading, no interval yet").isZero();
        count.addAndGet(600);
        now.addAndGet(2_000_000_000L);
        assertThat(rate.perSecond()).isEqualTo(300.0);
        count.addAndGet(50);
        now.addAndGet(500_000_000L);
        assertThat(rate.perSecond()).as("half a second later: too short, the previous figure").isEqualTo(300.0);
        now.addAndGet(500_000_000L);
        assertThat(rate.perSecond()).as("the 50 of the last second").isEqualTo(50.0);
        now.addAndGet(3_000_000_000L);
        assertThat(rate.perSecond()).as("nothing happened").isZero();
    }
}
