package org.optimizerplayground.engine.experiment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optimizerplayground.engine.util.Text;

/**
 * The raw query string of a link, split into keys and values and percent-decoded strictly:
 * {@code %} must be followed by two hex digits and the bytes must be UTF-8. A {@code +} stays a
 * plus sign (it is one in {@code f=x+y} and {@code 1e+3}); spaces are written {@code %20}.
 * Every key but {@code run} may appear once.
 */
public final class QueryString {
    private final Map<String, String> single = new LinkedHashMap<>();
    private final List<String> runs = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    private QueryString() {
    }

    /**
     * Splits and decodes {@code raw} (with or without its leading {@code ?}; null is empty).
     *
     * @throws LinkException for bad percent-encoding, an empty key or a repeated key
     */
    public static QueryString parse(String raw) {
        QueryString q = new QueryString();
        if (raw == null) {
            return q;
        }
        String s = raw.startsWith("?") ? raw.substring(1) : raw;
        for (String part : s.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = decode("", eq < 0 ? part : part.substring(0, eq));
            q.add(key, eq < 0 ? "" : part.substring(eq + 1));
        }
        return q;
    }

    /**
     * Builds the query from pairs that a browser link has already been split into and decoded
     * once, by the same rules as {@link #parse} (the page: Vaadin decodes the address, after
     * {@code LinkRepairFilter} has made its decoding agree with ours). The keys and values are
     * taken as they are, never decoded a second time: {@code f=x%252By} gives {@code x%2By}, as
     * in the API. A key or value that {@link #parse} could not have produced from a link, one
     * whose {@code %} is not followed by two hex digits of valid UTF-8, is the one decoding's
     * refusal that the filter passed on as typed, and is refused with the same message.
     *
     * @throws LinkException as {@link #parse} does
     */
    public static QueryString fromDecoded(List<String[]> pairs) {
        QueryString q = new QueryString();
        for (String[] pair : pairs) {
            decode("", pair[0]);
            decode(pair[0], pair[1]);
            q.put(pair[0], pair[1]);
        }
        return q;
    }

    /** Whether {@code s} (a key or a value as it stands in a raw link) decodes by {@link #parse}'s rules. */
    public static boolean decodes(String s) {
        try {
            decode("", s);
            return true;
        } catch (LinkException e) {
            return false;
        }
    }

    private void add(String key, String rawValue) {
        put(key, decode(key, rawValue));
    }

    private void put(String key, String value) {
        if (key.isEmpty()) {
            throw new LinkException("", "a part of the link has no key: '=" + Text.quote(value) + "'");
        }
        keys.add(key);
        if (key.equals("run")) {
            runs.add(value);
        } else if (single.put(key, value) != null) {
            throw new LinkException(key, Text.quote(key) + " is given twice");
        }
    }

    /** The keys in the order they came, repeated {@code run}s included. */
    public List<String> keys() {
        return List.copyOf(keys);
    }

    /** The value of a single key, or {@code null} when absent. */
    public String get(String key) {
        return single.get(key);
    }

    /** Whether the key is present. */
    public boolean has(String key) {
        return single.containsKey(key) || (key.equals("run") && !runs.isEmpty());
    }

    /** The values of every {@code run}, in order. */
    public List<String> runs() {
        return List.copyOf(runs);
    }

    /** Decodes one key or value; errors name {@code param} (the key the value belongs to). */
    static String decode(String param, String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteBuffer bytes = ByteBuffer.allocate(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0 || s.charAt(i + 1) > 0x7f || s.charAt(i + 2) > 0x7f) {
                    throw new LinkException(param, "bad percent-encoding in "
                            + (param.isEmpty() ? "the link" : param) + " at '"
                            + Text.quote(s.substring(i, Math.min(s.length(), i + 3))) + "'");
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new LinkException(param, "the percent-encoded bytes in "
                    + (param.isEmpty() ? "the link" : param) + " are not valid UTF-8 text");
        }
    }

    /**
     * Percent-encodes a value for a canonical link: letters, digits and {@code -._~(),=*!:/} stay
     * as they are, everything else (including {@code +}, {@code ^}, spaces) is encoded.
     */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~(),=*!:/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
