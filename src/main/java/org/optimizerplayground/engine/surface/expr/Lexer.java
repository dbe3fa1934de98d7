package org.optimizerplayground.engine.surface.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into tokens.
 *
 * <p>Only ASCII is accepted: a digit from another script ('٣', '３') or any other non-ASCII
 * character is an error rather than being silently read as something else. Positions are counted
 * in Unicode characters (code points), 1-based, so they match what the visitor sees.
 */
final class Lexer {

    private final String text;
    /** Index into {@link #text} (UTF-16 units). */
    private int index;
    /** 1-based character position of {@link #index} (code points). */
    private int position = 1;

    private Lexer(String text) {
        this.text = text;
    }

    /** Tokens of {@code text}, always ending with one {@link TokenKind#END} token. */
    static List<Token> tokenize(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (index < text.length()) {
            int c = text.codePointAt(index);
            if (c == ' ' || c == '\t') {
                advance(1);
            } else if (isDigit(c) || c == '.') {
                tokens.add(number());
            } else if (isNameStart(c)) {
                tokens.add(name());
            } else {
                TokenKind kind = symbol(c);
                if (kind == null) {
                    throw new ExpressionException(
                            "unexpected character " + describe(c) + " at character " + position, position);
                }
                tokens.add(new Token(kind, String.valueOf((char) c), position, 0));
                advance(1);
            }
        }
        tokens.add(new Token(TokenKind.END, "", position, 0));
        return tokens;
    }

    /** Digits, an optional fraction, an optional exponent; {@code 3}, {@code .5}, {@code 2.}, {@code 1E+3}. */
    private Token number() {
        int start = index;
        int startPosition = position;
        int digits = skipDigits();
        if (at(index) == '.') {
            advance(1);
            digits += skipDigits();
        }
        if (digits == 0) {
            throw new ExpressionException(
                    "unexpected '.' at character " + startPosition, startPosition);
        }
        // An 'e' only belongs to the number when digits follow it ("2e3"); otherwise "2e" is the
        // number 2 followed by the constant e, and the parser reports the missing operator.
        char e = at(index);
        if (e == 'e' || e == 'E') {
            char next = at(index + 1);
            int digitAt = (next == '+' || next == '-') ? index + 2 : index + 1;
            if (isDigit(at(digitAt))) {
                advance(digitAt - index);
                skipDigits();
            }
        }
        String lexeme = text.substring(start, index);
        double value = Double.parseDouble(lexeme); // the lexeme is always valid Java syntax
        if (Double.isInfinite(value)) {
            throw new ExpressionException(
                    "number '" + lexeme + "' at character " + startPosition + " is too large", startPosition);
        }
        return new Token(TokenKind.NUMBER, lexeme, startPosition, value);
    }

    private Token name() {
        int start = index;
        int startPosition = position;
        while (isNamePart(at(index))) {
            advance(1);
        }
        return new Token(TokenKind.NAME, text.substring(start, index), startPosition, 0);
    }

    private int skipDigits() {
        int count = 0;
        while (isDigit(at(index))) {
            advance(1);
            count++;
        }
        return count;
    }

    /** The UTF-16 unit at {@code i}, or 0 past the end (0 never starts or continues a token). */
    private char at(int i) {
        return i < text.length() ? text.charAt(i) : 0;
    }

    /** Moves over {@code count} ASCII characters. */
    private void advance(int count) {
        index += count;
        position += count;
    }

    private static TokenKind symbol(int c) {
        return switch (c) {
            case '+' -> TokenKind.PLUS;
            case '-' -> TokenKind.MINUS;
            case '*' -> TokenKind.STAR;
            case '/' -> TokenKind.SLASH;
            case '^' -> TokenKind.CARET;
            case '(' -> TokenKind.LEFT_PAREN;
            case ')' -> TokenKind.RIGHT_PAREN;
            case ',' -> TokenKind.COMMA;
            default -> null;
        };
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(int c) {
        return isNameStart(c) || isDigit(c);
    }

    /** {@code '#'} for printable ASCII; {@code U+0663} for anything else, which may not display. */
    private static String describe(int c) {
        if (c > ' ' && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        return String.format("U+%04X", c);
    }
}
