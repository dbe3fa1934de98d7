package org.optimizerplayground.engine.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.optimizerplayground.engine.experiment.LinkException;
import org.optimizerplayground.engine.experiment.QueryString;
import org.optimizerplayground.engine.experiment.RunSpec;
import org.optimizerplayground.engine.util.Check;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;

/**
 * The network page's link keys, read strictly as SPEC §6 reads the surface page's: every value
 * checked, every error a {@link LinkException} naming its key, unknown keys refused by the API.
 * Example (every value the default but the runs):
 * <pre>
 *   /network?data=spiral&amp;n=500&amp;noise=0.1&amp;test=0.5&amp;seed=1&amp;features=x,y&amp;layers=4,2
 *           &amp;activation=tanh&amp;loss=bce&amp;l2=0&amp;batch=10&amp;steps=1000&amp;run=adam(lr=0.03)&amp;run=sgd(lr=0.03)
 * </pre>
 * <table>
 *   <caption>Keys</caption>
 *   <tr><td>{@code data}</td><td>circle (default), xor, gauss, spiral ({@link DataShape})</td></tr>
 *   <tr><td>{@code n}</td><td>points, 2 … 2000 (500)</td></tr>
 *   <tr><td>{@code noise}</td><td>0 … 0.5 (0)</td></tr>
 *   <tr><td>{@code test}</td><td>share held out, 0 … 0.9 (0.5)</td></tr>
 *   <tr><td>{@code seed}</td><td>data, initial weights and batch order (1)</td></tr>
 *   <tr><td>{@code features}</td><td>comma-separated, distinct: x, y, x2, y2, xy, sinx, siny (x,y)</td></tr>
 *   <tr><td>{@code layers}</td><td>hidden widths, comma-separated, ≤ 6 layers of 1 … 8 units, or none (4,2)</td></tr>
 *   <tr><td>{@code activation}</td><td>tanh, relu, sigmoid, linear (tanh)</td></tr>
 *   <tr><td>{@code loss}</td><td>bce, mse (bce)</td></tr>
 *   <tr><td>{@code l2}</td><td>λ of (λ/2)‖W‖², 0 … 10 (0)</td></tr>
 *   <tr><td>{@code batch}</td><td>points per batch, 1 … 2000 (10)</td></tr>
 *   <tr><td>{@code steps}</td><td>updates, 1 … 100 000 (1000)</td></tr>
 *   <tr><td>{@code run}</td><td>as on the surface page, at most 8 (sgd, momentum and adam at lr 0.03)</td></tr>
 * </table>
 */
public final class NetworkLink {
    /** The keys, in canonical order. */
    public static final List<String> KEYS = List.of("data", "n", "noise", "test", "seed", "features", "layers",
            "activation", "loss", "l2", "batch", "steps", "run");
    /** Keys only the page reads; the API ignores them. */
    public static final List<String> PAGE_KEYS = List.of("speed", "play", "hide", "lang", "weight");
    public static final DataShape DEFAULT_DATA = DataShape.CIRCLE;
    public static final int DEFAULT_N = 500;
    public static final double DEFAULT_TEST = 0.5;
    public static final long DEFAULT_SEED = 1;
    public static final List<Feature> DEFAULT_FEATURES = List.of(Feature.X, Feature.Y);
    public static final List<Integer> DEFAULT_LAYERS = List.of(4, 2);
    public static final int DEFAULT_BATCH = 10;
    public static final int DEFAULT_STEPS = 1000;
    /** The race a link without {@code run} shows (TensorFlow Playground's rate 0.03). */
    public static final List<String> DEFAULT_RUNS = List.of("sgd(lr=0.03)", "momentum(lr=0.03)", "adam(lr=0.03)");

    private NetworkLink() {
    }

    /** Reads a raw query string for the API (no extra keys). */
    public static TrainSpec read(String rawQuery) {
        return read(QueryString.parse(rawQuery), Set.of());
    }

    /**
     * Reads a link for the API: page keys are ignored, {@code allowedExtra} keys (such as
     * {@code format}, {@code include}) are left to the caller, any other key is an error.
     *
     * @throws LinkException naming the key for anything that cannot be read
     */
    public static TrainSpec read(QueryString q, Set<String> allowedExtra) {
        for (String key : q.keys()) {
            if (!KEYS.contains(key) && !PAGE_KEYS.contains(key) && !allowedExtra.contains(key)) {
                throw new LinkException(key, "unknown key '" + Text.quote(key) + "' (the network link keys are "
                        + String.join(", ", KEYS) + ")");
            }
        }
        DataShape data = q.has("data") ? DataShape.byId(q.get("data")).orElseThrow(() -> new LinkException("data",
                "unknown data set '" + Text.quote(q.get("data")) + "' (choose one of circle, xor, gauss, spiral)"))
                : DEFAULT_DATA;
        int n = q.has("n") ? wrap("n", () -> (int) Check.closed("n", Numbers.parseWhole("n", q.get("n")), 2,
                DataSpec.MAX_POINTS)) : DEFAULT_N;
        double noise = q.has("noise") ? wrap("noise", () -> Check.closed("noise",
                Numbers.parseDouble("noise", q.get("noise")), 0, DataSpec.MAX_NOISE)) : 0;
        double test = q.has("test") ? wrap("test", () -> Check.closed("test",
                Numbers.parseDouble("test", q.get("test")), 0, DataSpec.MAX_TEST_SHARE)) : DEFAULT_TEST;
        long seed = q.has("seed") ? wrap("seed", () -> Numbers.parseLong("seed", q.get("seed"))) : DEFAULT_SEED;
        List<Feature> features = q.has("features") ? wrap("features", () -> features(q.get("features")))
                : DEFAULT_FEATURES;
        List<Integer> layers = q.has("layers") ? wrap("layers", () -> layers(q.get("layers"))) : DEFAULT_LAYERS;
        Activation activation = q.has("activation") ? Activation.byId(q.get("activation")).orElseThrow(() ->
                new LinkException("activation", "unknown activation '" + Text.quote(q.get("activation"))
                        + "' (choose one of tanh, relu, sigmoid, linear)")) : Activation.TANH;
        LossKind loss = q.has("loss") ? LossKind.byId(q.get("loss")).orElseThrow(() -> new LinkException("loss",
                "unknown loss '" + Text.quote(q.get("loss")) + "' (choose one of bce, mse)")) : LossKind.BCE;
        double l2 = q.has("l2") ? wrap("l2", () -> Check.closed("l2", Numbers.parseDouble("l2", q.get("l2")), 0,
                Architecture.MAX_L2)) : 0;
        int batch = q.has("batch") ? wrap("batch", () -> (int) Check.closed("batch",
                Numbers.parseWhole("batch", q.get("batch")), 1, DataSpec.MAX_POINTS)) : DEFAULT_BATCH;
        int steps = q.has("steps") ? wrap("steps", () -> (int) Check.closed("steps",
                Numbers.parseWhole("steps", q.get("steps")), 1, TrainSpec.MAX_STEPS)) : DEFAULT_STEPS;
        List<String> texts = q.runs().isEmpty() ? DEFAULT_RUNS : q.runs();
        if (texts.size() > TrainSpec.MAX_RUNS) {
            throw new LinkException("run", "at most " + TrainSpec.MAX_RUNS + " runs, got " + texts.size());
        }
        List<RunSpec> runs = new ArrayList<>();
        for (String t : texts) {
            runs.add(wrap("run", () -> RunSpec.parse(t)));
        }
        DataSpec dataSpec = wrap("test", () -> new DataSpec(data, n, noise, test));
        Architecture architecture = wrap("layers", () -> new Architecture(features, layers, activation, loss, l2));
        return new TrainSpec(dataSpec, architecture, batch, steps, seed, runs);
    }

    /**
     * The canonical query: only the values that differ from the defaults, keys in
     * {@link #KEYS} order; reading it back gives an equal setting.
     */
    public static String format(TrainSpec s) {
        List<String> parts = new ArrayList<>();
        DataSpec d = s.data();
        Architecture a = s.architecture();
        add(parts, "data", d.shape() != DEFAULT_DATA, d.shape().id());
        add(parts, "n", d.n() != DEFAULT_N, Integer.toString(d.n()));
        add(parts, "noise", d.noise() != 0, Numbers.format(d.noise()));
        add(parts, "test", d.testShare() != DEFAULT_TEST, Numbers.format(d.testShare()));
        add(parts, "seed", s.seed() != DEFAULT_SEED, Long.toString(s.seed()));
        add(parts, "features", !a.features().equals(DEFAULT_FEATURES), a.featureIds());
        add(parts, "layers", !a.hidden().equals(DEFAULT_LAYERS), a.hidden().isEmpty() ? "none"
                : String.join(",", a.hidden().stream().map(String::valueOf).toList()));
        add(parts, "activation", a.activation() != Activation.TANH, a.activation().id());
        add(parts, "loss", a.loss() != LossKind.BCE, a.loss().id());
        add(parts, "l2", a.l2() != 0, Numbers.format(a.l2()));
        add(parts, "batch", s.batch() != DEFAULT_BATCH, Integer.toString(s.batch()));
        add(parts, "steps", s.steps() != DEFAULT_STEPS, Integer.toString(s.steps()));
        List<String> runs = s.runs().stream().map(RunSpec::format).toList();
        if (!runs.equals(DEFAULT_RUNS.stream().map(r -> RunSpec.parse(r).format()).toList())) {
            for (String r : runs) {
                parts.add("run=" + QueryString.encode(r));
            }
        }
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String key, boolean differs, String value) {
        if (differs) {
            parts.add(key + "=" + QueryString.encode(value));
        }
    }

    private static List<Feature> features(String text) {
        Set<Feature> seen = new LinkedHashSet<>();
        for (String id : text.split(",", -1)) {
            Feature f = Feature.byId(id.strip()).orElseThrow(() -> new IllegalArgumentException("unknown feature '"
                    + Text.quote(id.strip()) + "' (choose from x, y, x2, y2, xy, sinx, siny)"));
            if (!seen.add(f)) {
                throw new IllegalArgumentException("features name " + f.id() + " twice");
            }
        }
        return List.copyOf(seen);
    }

    private static List<Integer> layers(String text) {
        if (text.strip().equals("none")) {
            return List.of();
        }
        String[] parts = text.split(",", -1);
        if (parts.length > Architecture.MAX_LAYERS) {
            throw new IllegalArgumentException("layers: at most " + Architecture.MAX_LAYERS + " hidden layers, got "
                    + parts.length);
        }
        List<Integer> widths = new ArrayList<>();
        for (String p : parts) {
            long units = Numbers.parseWhole("layers", p.strip());
            widths.add((int) Check.closed("layers: units", units, 1, Architecture.MAX_UNITS));
        }
        return widths;
    }

    private static <T> T wrap(String key, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            throw new LinkException(key, e.getMessage());
        }
    }
}
