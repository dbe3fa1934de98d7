package org.optimizerplayground.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mini-batches as PyTorch's DataLoader(shuffle=True, drop_last=False) cuts them. */
class BatchOrderTest {
    private static List<int[]> batches(BatchOrder order, int count) {
        List<int[]> result = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            order.advance();
            int[] b = new int[order.to() - order.from()];
            for (int i = 0; i < b.length; i++) {
                b[i] = order.row(order.from() + i);
            }
            result.add(b);
        }
        return result;
    }

    @Test
    void sevenPointsInBatchesOfThreeGiveThreeThreeOneAndEveryPointOncePerEpoch() {
        List<int[]> b = batches(new BatchOrder(7, 3, 99), 9);
        int[] sizes = b.stream().mapToInt(x -> x.length).toArray();
        assertArrayEquals(new int[] {3, 3, 1, 3, 3, 1, 3, 3, 1}, sizes);
        for (int e = 0; e < 3; e++) {
            int[] seen = new int[7];
            for (int j = 0; j < 3; j++) {
                for (int r : b.get(3 * e + j)) {
                    seen[r]++;
                }
            }
            assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1}, seen, "epoch " + e);
        }
    }

    @Test
    void eachEpochHasItsOwnPermutationAndTheSameSeedGivesTheSameBatches() {
        List<int[]> a = BatchOrder.epochs(20, 4, 5, 15);
        assertEquals(3, a.size()); // 5 batches per epoch, 15 updates
        assertNotEquals(Arrays.toString(a.get(0)), Arrays.toString(a.get(1)));
        List<int[]> again = BatchOrder.epochs(20, 4, 5, 15);
        for (int e = 0; e < 3; e++) {
            assertArrayEquals(a.get(e), again.get(e));
        }
        List<int[]> b = batches(new BatchOrder(20, 4, 5), 6);
        assertArrayEquals(Arrays.copyOfRange(a.get(1), 0, 4), b.get(5), "batch 6 opens epoch 1");
    }

    @Test
    void fullBatchIsTheWholeTrainingSetEveryUpdateAndALargerBatchToo() {
        for (int batch : new int[] {10, 50}) {
            for (int[] b : batches(new BatchOrder(10, batch, 1), 4)) {
                int[] sorted = b.clone();
                Arrays.sort(sorted);
                assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted);
            }
        }
    }

    @Test
    void batchOneVisitsThePointsOneByOneInTheEpochsOrder() {
        int[] epoch = BatchOrder.epochs(6, 1, 8, 1).get(0);
        List<int[]> b = batches(new BatchOrder(6, 1, 8), 6);
        for (int i = 0; i < 6; i++) {
            assertArrayEquals(new int[] {epoch[i]}, b.get(i));
        }
    }
}
