package org.optimizerplayground.engine.experiment;

import java.util.List;
import java.util.Set;

/**
 * The page-only keys of a link (SPEC §6): how fast to play, whether to start playing, which
 * controls a teacher hid, the language. The API ignores them.
 *
 * @param speed updates per second while playing (1 … 5000), or {@link #MAX_SPEED} for the
 *     whole trajectory at once
 * @param analysis the analysis view the link opens ({@code sweep} or {@code basins}), or null
 */
public record PageOptions(int speed, boolean play, List<String> hide, String lang, String analysis) {
    /** {@code speed=max}. */
    public static final int MAX_SPEED = Integer.MAX_VALUE;
    public static final int DEFAULT_SPEED = 60;
    public static final int FASTEST_SPEED = 5000;
    public static final List<String> LANGUAGES = List.of("en", "es");
    public static final List<String> ANALYSES = List.of("sweep", "basins");
    /** Element ids a link may hide (SPEC §8, plus the two editors). */
    public static final Set<String> HIDEABLE = Set.of("surface", "play", "pause", "step", "reset", "speed",
            "share", "contour-chart", "loss-chart", "update-rule", "lessons", "ewma-chart", "code-export",
            "sweep-chart", "basin-chart", "run-editor", "surface-editor");

    public PageOptions {
        hide = List.copyOf(hide);
    }

    /** No page key given: play at the default speed at once, nothing hidden, language unset. */
    public static PageOptions defaults() {
        return new PageOptions(DEFAULT_SPEED, true, List.of(), null, null);
    }

    /** The same options at another speed. */
    public PageOptions withSpeed(int newSpeed) {
        return new PageOptions(newSpeed, play, hide, lang, analysis);
    }

    /** The same options with another analysis view open (null for none). */
    public PageOptions withAnalysis(String newAnalysis) {
        return new PageOptions(speed, play, hide, lang, newAnalysis);
    }
}
