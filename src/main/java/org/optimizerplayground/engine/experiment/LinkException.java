package org.optimizerplayground.engine.experiment;

/**
 * A link (or one of its parts) that cannot be read: a plain-words message and the link key it
 * is about, which the API returns as {@code {"error", "param"}} and the page shows as a notice.
 */
public final class LinkException extends RuntimeException {
    private final String param;

    public LinkException(String param, String message) {
        super(message, null, false, false);
        this.param = param;
    }

    /** The offending key ({@code steps}, {@code run}…), or {@code ""} when the key itself is missing. */
    public String param() {
        return param;
    }
}
