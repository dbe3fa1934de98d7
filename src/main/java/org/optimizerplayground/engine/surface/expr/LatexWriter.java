package org.optimizerplayground.engine.surface.expr;

import java.util.stream.Collectors;

/**
 * Writes a syntax tree as LaTeX for KaTeX, e.g. {@code x^{2} + \sin\left(y\right)}.
 *
 * <p>Parentheses appear only where the reader needs them to read the tree as parsed: around a
 * sum inside a product, around a signed or grouped operand on the right of an operator
 * ({@code a - \left(-b\right)}, {@code a - \left(b + c\right)}), and around any base of a power
 * that is not a single symbol. Division is a fraction, {@code log} (natural) is {@code \ln},
 * {@code 1e-3} is {@code 1 \cdot 10^{-3}}.
 */
final class LatexWriter {

    /** How tightly a written form holds together; higher binds tighter. */
    private enum Level { SUM, PRODUCT, SIGNED, FRACTION, POWER, ATOM }

    private LatexWriter() {
    }

    static String write(Node node) {
        return latex(node);
    }

    private static String latex(Node node) {
        if (node instanceof Node.Literal literal) {
            return number(literal.text());
        }
        if (node instanceof Node.Constant constant) {
            return constant.name().equals("pi") ? "\\pi" : constant.name();
        }
        if (node instanceof Node.Variable variable) {
            return variable.name();
        }
        if (node instanceof Node.Negation negation) {
            Node operand = negation.operand();
            Level level = level(operand);
            boolean wrap = level == Level.SUM || level == Level.SIGNED;
            return "-" + (wrap ? parenthesized(operand) : latex(operand));
        }
        if (node instanceof Node.Binary binary) {
            return binary(binary);
        }
        Node.Call call = (Node.Call) node;
        String argument = call.arguments().stream().map(LatexWriter::latex).collect(Collectors.joining(", "));
        return switch (call.function()) {
            case SQRT -> "\\sqrt{" + argument + "}";
            case ABS -> "\\left|" + argument + "\\right|";
            case LOG -> "\\ln\\left(" + argument + "\\right)";
            default -> "\\" + call.function().sourceName() + "\\left(" + argument + "\\right)";
        };
    }

    private static String binary(Node.Binary binary) {
        Node left = binary.left();
        Node right = binary.right();
        switch (binary.operator()) {
            case DIVIDE:
                return "\\frac{" + latex(left) + "}{" + latex(right) + "}";
            case POWER:
                String base = level(left) == Level.ATOM ? latex(left) : parenthesized(left);
                return base + "^{" + latex(right) + "}";
            default:
                Level own = level(binary);
                String leftText = level(left) == Level.SUM && own == Level.PRODUCT ? parenthesized(left) : latex(left);
                Level rightLevel = level(right);
                boolean wrapRight = rightLevel.compareTo(own) <= 0 || rightLevel == Level.SIGNED;
                String rightText = wrapRight ? parenthesized(right) : latex(right);
                String symbol = switch (binary.operator()) {
                    case ADD -> " + ";
                    case SUBTRACT -> " - ";
                    default -> " \\cdot ";
                };
                return leftText + symbol + rightText;
        }
    }

    private static Level level(Node node) {
        if (node instanceof Node.Literal literal) {
            return hasExponent(literal.text()) ? Level.PRODUCT : Level.ATOM;
        }
        if (node instanceof Node.Negation) {
            return Level.SIGNED;
        }
        if (node instanceof Node.Binary binary) {
            return switch (binary.operator()) {
                case ADD, SUBTRACT -> Level.SUM;
                case MULTIPLY -> Level.PRODUCT;
                case DIVIDE -> Level.FRACTION;
                case POWER -> Level.POWER;
            };
        }
        return Level.ATOM;
    }

    private static String parenthesized(Node node) {
        return "\\left(" + latex(node) + "\\right)";
    }

    /** {@code .5} → {@code 0.5}, {@code 2.} → {@code 2}, {@code 1E+03} → {@code 1 \cdot 10^{3}}. */
    private static String number(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = e < 0 ? text : text.substring(0, e);
        if (mantissa.startsWith(".")) {
            mantissa = "0" + mantissa;
        }
        if (mantissa.endsWith(".")) {
            mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        if (e < 0) {
            return mantissa;
        }
        String exponent = text.substring(e + 1);
        boolean negative = exponent.startsWith("-");
        if (exponent.startsWith("+") || negative) {
            exponent = exponent.substring(1);
        }
        exponent = exponent.replaceFirst("^0+(?=.)", "");
        return mantissa + " \\cdot 10^{" + (negative ? "-" : "") + exponent + "}";
    }

    private static boolean hasExponent(String text) {
        return text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }
}
