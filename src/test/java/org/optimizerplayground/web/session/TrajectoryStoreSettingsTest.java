package org.optimizerplayground.web.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The store's budget: as set, or an eighth of the heap the JVM may use, at least 64 MB and at most 256 MB. */
class TrajectoryStoreSettingsTest {
    private static final long MB = 1L << 20;

    @Test
    void leftEmptyTheBudgetIsAnEighthOfTheHeapBetween64And256Mb() {
        assertThat(TrajectoryStoreSettings.budgetBytes("", 1024 * MB)).isEqualTo(128 * MB);
        assertThat(TrajectoryStoreSettings.budgetBytes("", 2048 * MB)).isEqualTo(256 * MB);
        assertThat(TrajectoryStoreSettings.budgetBytes(null, 256 * MB)).isEqualTo(64 * MB);
    }

    @Test
    void aBigHeapDoesNotMakeTheDefaultBudgetBigger() {
        // This machine's default heap (6.3 GB) gave 787 MB of trajectories before the cap.
        assertThat(TrajectoryStoreSettings.budgetBytes(" ", 6451 * MB)).isEqualTo(256 * MB);
        assertThat(TrajectoryStoreSettings.budgetBytes(" ", 8192 * MB)).isEqualTo(256 * MB);
    }

    @Test
    void aBudgetSetIsTakenAsWritten() {
        assertThat(TrajectoryStoreSettings.budgetBytes("512MB", 2048 * MB)).isEqualTo(512 * MB);
        assertThatThrownBy(() -> TrajectoryStoreSettings.budgetBytes("lots", 2048 * MB))
                .hasMessage("playground.store.budget must be a size such as 512MB, got 'lots'");
        assertThatThrownBy(() -> TrajectoryStoreSettings.budgetBytes("10KB", 2048 * MB))
                .hasMessage("playground.store.budget must be at least 1MB, got '10KB'");
    }
}
