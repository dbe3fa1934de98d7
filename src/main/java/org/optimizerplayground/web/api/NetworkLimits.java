package org.optimizerplayground.web.api;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.network.Architecture;
import org.optimizerplayground.engine.network.BatchOrder;
import org.optimizerplayground.engine.network.Landscape;
import org.optimizerplayground.engine.network.TrainRecording;
import org.optimizerplayground.engine.network.TrainSpec;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;

/**
 * What a network request may ask for, checked before anything is computed: the {@code include}
 * and {@code every} keys, the work of a race ({@link TrainRecording#MAX_WORK}), the size of an
 * answer and of a landscape's paths. Every refusal is a {@link LinkException} naming the key to
 * change. {@code /api/train}, {@code /api/landscape} and the network page's landscape use it.
 */
public final class NetworkLimits {
    /** Most numbers one answer may hold (≈ 40 MB of JSON at worst). */
    static final long MAX_NUMBERS = 2_000_000L;
    /** Most numbers of θ a landscape may keep from the paths (its PCA reads them all). */
    static final long MAX_PATH_NUMBERS = 4_000_000L;

    /** What {@code include} may name. */
    enum Part {
        THETA("theta"), DATA("data"), INIT("init"), ORDER("order");

        final String id;

        Part(String id) {
            this.id = id;
        }
    }

    private NetworkLimits() {
    }

    /**
     * The limits of a landscape of {@code grid}² nodes over {@code spec}'s race written every
     * {@code every} updates: the work (the race plus grid² passes over the training set), the
     * numbers of θ kept for the paths, and two weights for random directions. Throws a
     * {@link LinkException} naming the key to change; the network page checks the same limits.
     */
    public static void checkLandscape(TrainSpec spec, int every, int grid, Landscape.Directions dirs) {
        checkWork(spec, every, (long) grid * grid * spec.data().trainCount());
        long rows = (long) TrainRecording.rows(spec.steps(), every) * spec.runs().size();
        long pathNumbers = rows * spec.architecture().parameterCount();
        if (pathNumbers > MAX_PATH_NUMBERS) {
            throw new LinkException(every > 1 ? "every" : "steps", "the paths would hold " + pathNumbers
                    + " numbers of θ, more than the landscape's " + MAX_PATH_NUMBERS
                    + ": ask for fewer steps or runs, or a larger every= (one point in every e updates)");
        }
        if (dirs == Landscape.Directions.RANDOM && weights(spec.architecture()) < 2) {
            throw new LinkException("dirs", "dirs=random needs at least two weights to move along; this network"
                    + " has " + weights(spec.architecture()) + " (add a feature or a hidden layer, or use dirs=pca)");
        }
    }

    private static int weights(Architecture a) {
        int count = 0;
        for (int l = 0; l < a.layerCount(); l++) {
            count += a.width(l) * a.width(l + 1);
        }
        return count;
    }

    static Set<Part> include(String text) {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        for (String id : text.split(",", -1)) {
            Part part = null;
            for (Part p : Part.values()) {
                if (p.id.equals(id.strip())) {
                    part = p;
                }
            }
            if (part == null) {
                throw new LinkException("include", "include names '" + Text.quote(id.strip())
                        + "', which is not one of theta, data, init, order");
            }
            if (!parts.add(part)) {
                throw new LinkException("include", "include names " + part.id + " twice");
            }
        }
        return parts;
    }

    static int every(QueryString q, TrainSpec spec) {
        if (!q.has("every")) {
            return 1;
        }
        return (int) (long) checked("every", () -> Numbers.parseWhole("every", q.get("every"), 1, spec.steps()));
    }

    static void checkWork(TrainSpec spec, int every, long extra) {
        long work = TrainRecording.work(spec, every) + extra;
        if (work > TrainRecording.MAX_WORK) {
            String param = extra > 0 && TrainRecording.work(spec, every) <= TrainRecording.MAX_WORK ? "grid"
                    : every > 1 ? "every" : "steps";
            throw new LinkException(param, "this would take about " + work + " forward passes of a point, more than"
                    + " the API's " + TrainRecording.MAX_WORK + " per request: ask for fewer steps, runs or points,"
                    + " a smaller batch or grid, or a larger every= (the whole sets are evaluated at every written"
                    + " point)");
        }
    }

    static void checkSize(TrainSpec spec, int every, Set<Part> include) {
        long rows = (long) TrainRecording.rows(spec.steps(), every) * spec.runs().size();
        long numbers = rows * 9;
        if (numbers > MAX_NUMBERS) {
            throw new LinkException(every > 1 ? "every" : "steps", "the answer would hold " + numbers
                    + " numbers, more than the API's " + MAX_NUMBERS + ": ask for fewer steps or runs, or a larger"
                    + " every= (one point in every e updates)");
        }
        if (include.contains(Part.THETA)) {
            numbers += rows * spec.architecture().parameterCount();
        }
        if (include.contains(Part.DATA)) {
            numbers += (long) spec.data().n() * (3 + spec.architecture().features().size());
        }
        if (include.contains(Part.INIT)) {
            numbers += spec.architecture().parameterCount();
        }
        if (include.contains(Part.ORDER)) {
            int m = spec.data().trainCount();
            long epochs = ((long) spec.steps() + BatchOrder.batchesPerEpoch(m, spec.batch()) - 1)
                    / BatchOrder.batchesPerEpoch(m, spec.batch());
            numbers += epochs * m;
        }
        if (numbers > MAX_NUMBERS) {
            throw new LinkException("include", "with include=" + String.join(",", include.stream().map(p -> p.id)
                    .toList()) + " the answer would hold " + numbers + " numbers, more than the API's " + MAX_NUMBERS
                    + ": include less, or ask for fewer steps, runs or points, or a larger every=");
        }
    }

    static <T> T checked(String key, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException ex) {
            throw new LinkException(key, ex.getMessage());
        }
    }
}
