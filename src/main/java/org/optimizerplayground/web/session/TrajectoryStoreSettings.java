package org.optimizerplayground.web.session;

import org.optimizerplayground.engine.store.TrajectoryStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The application's one {@link TrajectoryStore}, shared by every tab and by the API. Its budget
 * is {@code playground.store.budget} (a size such as {@code 512MB}); left empty, an eighth of the
 * heap the JVM may use ({@code -Xmx}), at least 64 MB and at most 256 MB. An eighth, and never
 * more than 256 MB however big the heap: what is evicted is cheap to compute again (a run of
 * 100 000 updates, 4 MB, takes about 16 ms of CPU; the heaviest legal link, 8 of them, 0.13 s),
 * while the heap is shared with every tab's session. 256 MB hold 64 such runs.
 */
@Configuration
public class TrajectoryStoreSettings {
    /** The share of the maximum heap the store may use when no budget is set. */
    static final double HEAP_SHARE = 0.125;
    static final long MIN_DEFAULT_BYTES = 64L << 20;
    static final long MAX_DEFAULT_BYTES = 256L << 20;

    @Bean
    public TrajectoryStore trajectoryStore(@Value("${playground.store.budget:}") String budget) {
        return new TrajectoryStore(budgetBytes(budget, Runtime.getRuntime().maxMemory()));
    }

    /**
     * The budget a setting gives: its size, or {@value #HEAP_SHARE} of {@code maxHeap} when blank,
     * within [{@link #MIN_DEFAULT_BYTES}, {@link #MAX_DEFAULT_BYTES}].
     */
    static long budgetBytes(String setting, long maxHeap) {
        if (setting == null || setting.isBlank()) {
            return Math.min(MAX_DEFAULT_BYTES, Math.max(MIN_DEFAULT_BYTES, (long) (maxHeap * HEAP_SHARE)));
        }
        long bytes;
        try {
            bytes = DataSize.parse(setting.strip()).toBytes();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("playground.store.budget must be a size such as 512MB, got '" + setting + "'", e);
        }
        if (bytes < 1 << 20) {
            throw new IllegalArgumentException("playground.store.budget must be at least 1MB, got '" + setting + "'");
        }
        return bytes;
    }
}
