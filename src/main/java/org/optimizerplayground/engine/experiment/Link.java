package org.optimizerplayground.engine.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.optimizerplayground.engine.surface.CustomSurface;
import org.optimizerplayground.engine.surface.Surface;
import org.optimizerplayground.engine.surface.Surfaces;
import org.optimizerplayground.engine.surface.expr.Expression;
import org.optimizerplayground.engine.surface.expr.ExpressionException;
import org.optimizerplayground.engine.util.Numbers;
import org.optimizerplayground.engine.util.Text;

/**
 * Shared links (SPEC §6): reading a query string into an {@link Experiment} (and the page's
 * options), and writing the canonical query back. {@code format(read(q))} lists only values
 * that differ from the defaults, and reading it gives the same experiment again.
 */
public final class Link {
    /** The keys that describe the experiment, in canonical order. */
    public static final List<String> EXPERIMENT_KEYS =
            List.of("surface", "f", "view", "start", "steps", "run", "noise", "seed");
    /** Keys only the page reads; the API ignores them. */
    public static final List<String> PAGE_KEYS = List.of("speed", "play", "hide", "lang", "analysis");

    private Link() {
    }

    /** What a page link holds: the experiment, the page options, and notices about ignored keys. */
    public record Reading(Experiment experiment, PageOptions page, List<String> notices) {
        public Reading {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Reads a link for the API: page-only keys are ignored, {@code allowedExtra} keys (such as
     * {@code format}) are left to the caller, and any other unknown key is an error.
     *
     * @throws LinkException naming the key for anything that cannot be read
     */
    public static Experiment readForApi(QueryString query, Set<String> allowedExtra) {
        for (String key : query.keys()) {
            if (!EXPERIMENT_KEYS.contains(key) && !PAGE_KEYS.contains(key) && !allowedExtra.contains(key)) {
                throw new LinkException(key, "unknown key '" + Text.quote(key) + "' (the link keys are "
                        + String.join(", ", EXPERIMENT_KEYS) + ")");
            }
        }
        return experiment(query);
    }

    /**
     * Reads a link for the page: unknown keys become notices (links pick up tracking keys on
     * their way), page keys are read too.
     *
     * @throws LinkException naming the key for anything that cannot be read
     */
    public static Reading readForPage(QueryString query) {
        List<String> notices = new ArrayList<>();
        for (String key : query.keys()) {
            if (!EXPERIMENT_KEYS.contains(key) && !PAGE_KEYS.contains(key)) {
                notices.add("The link's key '" + Text.quote(key) + "' is not one of the playground's and was ignored.");
            }
        }
        return new Reading(experiment(query), page(query), notices);
    }

    /** Reads a raw query string for the API (convenience for tests and tools). */
    public static Experiment read(String rawQuery) {
        return readForApi(QueryString.parse(rawQuery), Set.of());
    }

    private static Experiment experiment(QueryString q) {
        Surface surface = surface(q);
        int dim = surface.dimension();
        double[] view = q.has("view") ? view(q.get("view"), dim) : surface.view();
        double[] start = q.has("start") ? start(q.get("start"), surface) : surface.defaultStart();
        int steps = q.has("steps")
                ? wrap("steps", () -> (int) Numbers.parseWhole("steps", q.get("steps"), 1, Experiment.MAX_STEPS))
                : Experiment.DEFAULT_STEPS;
        List<RunSpec> runs = runs(q, surface);
        double noise = q.has("noise") ? wrap("noise", () -> org.optimizerplayground.engine.util.Check.closed("noise",
                Numbers.parseDouble("noise", q.get("noise")), 0, Experiment.MAX_NOISE)) : 0;
        long seed = q.has("seed") ? wrap("seed", () -> Numbers.parseLong("seed", q.get("seed")))
                : Experiment.DEFAULT_SEED;
        return new Experiment(surface, start, steps, runs, noise, seed, view);
    }

    private static Surface surface(QueryString q) {
        String id = q.has("surface") ? q.get("surface") : Surfaces.DEFAULT;
        if (id.equals(Surfaces.CUSTOM)) {
            String f = q.get("f");
            if (f == null || f.isBlank()) {
                throw new LinkException("f", "surface=custom needs an expression in f, such as f=x^2+3*y^2");
            }
            try {
                return new CustomSurface(Expression.parse(f));
            } catch (ExpressionException e) {
                throw new LinkException("f", "f: " + e.getMessage());
            }
        }
        if (q.has("f")) {
            throw new LinkException("f", "f (a typed expression) is only read with surface=custom");
        }
        return Surfaces.byId(id).orElseThrow(() -> new LinkException("surface", "unknown surface '"
                + Text.quote(id) + "' (choose one of " + String.join(", ", Surfaces.ids()) + ")"));
    }

    private static double[] view(String text, int dim) {
        double[] v = numbers("view", text, dim * 2,
                dim == 1 ? "wmin,wmax" : "xmin,xmax,ymin,ymax");
        for (int i = 0; i < v.length; i += 2) {
            if (!(v[i] < v[i + 1])) {
                throw new LinkException("view", "view: " + (i == 0 ? (dim == 1 ? "wmin" : "xmin") : "ymin")
                        + " must be smaller than " + (i == 0 ? (dim == 1 ? "wmax" : "xmax") : "ymax")
                        + ", got " + Numbers.format(v[i]) + " and " + Numbers.format(v[i + 1]));
            }
        }
        return v;
    }

    private static double[] start(String text, Surface surface) {
        int dim = surface.dimension();
        return numbers("start", text, dim, dim == 1 ? "w" : "x,y");
    }

    private static double[] numbers(String key, String text, int count, String shape) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new LinkException(key, key + " needs " + count + " comma-separated numbers (" + shape
                    + "), got " + (text.isEmpty() ? "nothing" : parts.length + ": '" + Text.quote(text) + "'"));
        }
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            String part = parts[i].strip();
            double value = wrap(key, () -> Numbers.parseDouble(key, part));
            if (!(Math.abs(value) <= Experiment.MAX_COORDINATE)) {
                throw new LinkException(key, key + " values must be within ±1e6, got " + Numbers.format(value));
            }
            v[i] = value;
        }
        return v;
    }

    private static List<RunSpec> runs(QueryString q, Surface surface) {
        List<String> texts = q.runs();
        if (texts.isEmpty()) {
            return Experiment.defaultRace(surface);
        }
        if (texts.size() > Experiment.MAX_RUNS) {
            throw new LinkException("run", "at most " + Experiment.MAX_RUNS + " runs can be compared, got "
                    + texts.size());
        }
        List<RunSpec> runs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            try {
                runs.add(RunSpec.parse(text));
            } catch (IllegalArgumentException e) {
                String which = texts.size() == 1 ? "run" : "run " + (i + 1);
                throw new LinkException("run", which + ": " + e.getMessage());
            }
        }
        return runs;
    }

    private static PageOptions page(QueryString q) {
        PageOptions d = PageOptions.defaults();
        int speed = d.speed();
        if (q.has("speed")) {
            String s = q.get("speed");
            if (s.equals("max")) {
                speed = PageOptions.MAX_SPEED;
            } else {
                double typed = wrap("speed", () -> Numbers.parseDouble("speed", s));
                if (!(typed >= 1 && typed <= PageOptions.FASTEST_SPEED)) {
                    // Checked on the number as read, before any cast: a huge speed is named as typed.
                    throw new LinkException("speed", "speed must be 1 … " + PageOptions.FASTEST_SPEED
                            + " updates per second or max, got " + Text.quote(s));
                }
                speed = wrap("speed", () -> (int) Numbers.parseWhole("speed", s));
            }
        }
        boolean play = d.play();
        if (q.has("play")) {
            String p = q.get("play");
            if (!p.equals("true") && !p.equals("false") && !p.isEmpty()) {
                throw new LinkException("play", "play must be true or false, got '" + Text.quote(p) + "'");
            }
            play = !p.equals("false");
        }
        List<String> hide = new ArrayList<>();
        if (q.has("hide") && !q.get("hide").isEmpty()) {
            for (String id : q.get("hide").split(",", -1)) {
                if (!PageOptions.HIDEABLE.contains(id)) {
                    throw new LinkException("hide", "hide: there is no control '" + Text.quote(id) + "' to hide");
                }
                if (!hide.contains(id)) {
                    hide.add(id);
                }
            }
        }
        String lang = q.get("lang");
        if (lang != null && !PageOptions.LANGUAGES.contains(lang)) {
            throw new LinkException("lang", "lang must be one of " + String.join(", ", PageOptions.LANGUAGES)
                    + ", got '" + Text.quote(lang) + "'");
        }
        String analysis = q.get("analysis");
        if (analysis != null && !PageOptions.ANALYSES.contains(analysis)) {
            throw new LinkException("analysis", "analysis must be one of " + String.join(", ", PageOptions.ANALYSES)
                    + ", got '" + Text.quote(analysis) + "'");
        }
        return new PageOptions(speed, play, hide, lang, analysis);
    }

    /**
     * The canonical query (without {@code ?}) of an experiment: only values that differ from
     * the defaults, keys in the order of {@link #EXPERIMENT_KEYS}.
     */
    public static String format(Experiment e) {
        List<String> parts = new ArrayList<>();
        Surface s = e.surface();
        if (!s.id().equals(Surfaces.DEFAULT)) {
            parts.add("surface=" + s.id());
        }
        if (s instanceof CustomSurface c) {
            parts.add("f=" + QueryString.encode(c.expression().text()));
        }
        if (!Arrays.equals(e.view(), s.view())) {
            parts.add("view=" + join(e.view()));
        }
        if (!Arrays.equals(e.start(), s.defaultStart())) {
            parts.add("start=" + join(e.start()));
        }
        if (e.steps() != Experiment.DEFAULT_STEPS) {
            parts.add("steps=" + e.steps());
        }
        if (!e.runs().equals(Experiment.defaultRace(s))) {
            for (RunSpec r : e.runs()) {
                parts.add("run=" + QueryString.encode(r.format()));
            }
        }
        if (Double.compare(e.noise(), 0) != 0) {
            parts.add("noise=" + Numbers.format(e.noise()));
        }
        if (e.seed() != Experiment.DEFAULT_SEED) {
            parts.add("seed=" + e.seed());
        }
        return String.join("&", parts);
    }

    /** The canonical query of a page state: the experiment's, then the page keys that differ. */
    public static String format(Experiment e, PageOptions page) {
        List<String> parts = new ArrayList<>();
        String base = format(e);
        if (!base.isEmpty()) {
            parts.add(base);
        }
        PageOptions d = PageOptions.defaults();
        if (page.speed() != d.speed()) {
            parts.add("speed=" + (page.speed() == PageOptions.MAX_SPEED ? "max" : page.speed()));
        }
        if (page.play() != d.play()) {
            parts.add("play=" + page.play());
        }
        if (!page.hide().isEmpty()) {
            parts.add("hide=" + String.join(",", page.hide()));
        }
        if (page.lang() != null) {
            parts.add("lang=" + page.lang());
        }
        if (page.analysis() != null) {
            parts.add("analysis=" + page.analysis());
        }
        return String.join("&", parts);
    }

    private static String join(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(Numbers.format(v));
        }
        return String.join(",", parts);
    }

    /** Runs a reader and turns its IllegalArgumentException into a LinkException naming {@code key}. */
    private static <T> T wrap(String key, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException e) {
            throw new LinkException(key, e.getMessage());
        }
    }
}
