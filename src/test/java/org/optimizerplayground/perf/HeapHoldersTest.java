package org.optimizerplayground.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The heap-dump reader names who holds a big array, and how big. */
class HeapHoldersTest {
    /** A tab that keeps the last answer it sent, as Vaadin's UIInternals keeps lastRequestResponse. */
    static final class Tab {
        final byte[] lastAnswer = new byte[3_000_000];
        final double[][] curve = {new double[100_000]};
    }

    static Tab kept;

    @Test
    void aBigArrayIsSummedUnderTheFieldsThatHoldIt(@TempDir Path dir) throws Exception {
        kept = new Tab();
        Path hprof = dir.resolve("heap.hprof");
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(hprof.toString(), true);

        Map<String, long[]> holders = HeapHolders.holders(hprof, 500_000, 3);

        assertThat(held(holders, "byte[] <- HeapHoldersTest$Tab.lastAnswer <- HeapHoldersTest.kept (static)"))
                .containsExactly(1, 3_000_000);
        assertThat(held(holders, "double[] <- Object[] <- HeapHoldersTest$Tab.curve <- HeapHoldersTest.kept (static)"))
                .containsExactly(1, 800_000);
    }

    /** Arrays and bytes under the chains that begin with {@code chain} (a class keeps going up to what holds it). */
    private static long[] held(Map<String, long[]> holders, String chain) {
        long[] sum = new long[2];
        holders.forEach((k, v) -> {
            if (k.startsWith(chain)) {
                sum[0] += v[0];
                sum[1] += v[1];
            }
        });
        return sum;
    }
}
