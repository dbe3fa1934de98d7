package org.optimizerplayground.engine.util;

/** Quoting user text inside messages: short, printable, never markup or control characters. */
public final class Text {
    private static final int MAX_QUOTED = 40;

    private Text() {
    }

    /**
     * Shortens {@code s} to at most 40 characters and shows control and non-ASCII characters as
     * {@code U+XXXX}, so a message can always be displayed and logged as it is.
     */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (count++ == MAX_QUOTED) {
                out.append('…');
                break;
            }
            if (cp >= 0x20 && cp < 0x7f) {
                out.append((char) cp);
            } else {
                out.append(String.format("U+%04X", cp));
            }
        }
        return out.toString();
    }
}
