package org.optimizerplayground.engine.surface.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the grammar of SPEC §6:
 *
 * <pre>
 * sum      = product { ("+" | "-") product }         left-associative
 * product  = signed { ("*" | "/") signed }           left-associative
 * signed   = ("+" | "-") signed | power              unary ±
 * power    = primary [ "^" signed ]                  right-associative; binds tighter than unary minus
 * primary  = number | constant | variable | function "(" sum { "," sum } ")" | "(" sum ")"
 * </pre>
 *
 * <p>So {@code -x^2} is −(x²), {@code 2^3^2} is 2⁹ and {@code 2^-1} is ½. There is no implicit
 * multiplication. Every parenthesis, unary sign, function call and {@code ^} opens one nesting
 * level; more than {@link Expression#MAX_DEPTH} levels is an error, which keeps the recursion (and
 * the later tree walks) far away from a stack overflow whatever the input.
 */
final class Parser {

    private final List<Token> tokens;
    private int next;
    private int depth;
    /** 1-based position of the first w, and of the first x or y; 0 while none seen. */
    private int firstW;
    private int firstXY;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The result of a parse: the tree and how many coordinates its point has. */
    record Result(Node root, int dimension) {
    }

    static Result parse(String text) {
        Parser parser = new Parser(Lexer.tokenize(text));
        return parser.whole();
    }

    private Result whole() {
        if (peek().kind() == TokenKind.END) {
            throw new ExpressionException("empty expression", 0);
        }
        Node root = sum();
        Token after = peek();
        if (after.kind() != TokenKind.END) {
            throw afterOperand(after);
        }
        if (firstW > 0 && firstXY > 0) {
            throw new ExpressionException("expression mixes w with x/y", Math.max(firstW, firstXY));
        }
        int dimension = firstW > 0 ? 1 : firstXY > 0 ? 2 : 0;
        return new Result(root, dimension);
    }

    private Node sum() {
        Node left = product();
        while (peek().kind() == TokenKind.PLUS || peek().kind() == TokenKind.MINUS) {
            BinaryOperator operator = take().kind() == TokenKind.PLUS ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            left = new Node.Binary(operator, left, product());
        }
        return left;
    }

    private Node product() {
        Node left = signed();
        while (peek().kind() == TokenKind.STAR || peek().kind() == TokenKind.SLASH) {
            BinaryOperator operator = take().kind() == TokenKind.STAR ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
            left = new Node.Binary(operator, left, signed());
        }
        return left;
    }

    private Node signed() {
        Token sign = peek();
        if (sign.kind() != TokenKind.PLUS && sign.kind() != TokenKind.MINUS) {
            return power();
        }
        take();
        enter(sign);
        Node operand = signed();
        leave();
        return sign.kind() == TokenKind.MINUS ? new Node.Negation(operand) : operand;
    }

    private Node power() {
        Node base = primary();
        if (peek().kind() != TokenKind.CARET) {
            return base;
        }
        Token caret = take();
        enter(caret);
        Node exponent = signed();
        leave();
        return new Node.Binary(BinaryOperator.POWER, base, exponent);
    }

    private Node primary() {
        Token token = take();
        switch (token.kind()) {
            case NUMBER:
                return new Node.Literal(token.text(), token.number());
            case NAME:
                return peek().kind() == TokenKind.LEFT_PAREN ? call(token) : name(token);
            case LEFT_PAREN: {
                enter(token);
                Node inner = sum();
                close(token);
                leave();
                return inner;
            }
            case END:
                throw endOfExpression(token, "");
            default:
                throw new ExpressionException(
                        "unexpected " + token.quoted() + " at character " + token.position(), token.position());
        }
    }

    /** A name not followed by '(': a variable or a constant. */
    private Node name(Token token) {
        String name = token.text();
        switch (name) {
            case "pi":
                return new Node.Constant(name, Math.PI);
            case "e":
                return new Node.Constant(name, Math.E);
            case "w":
                firstW = firstW == 0 ? token.position() : firstW;
                return new Node.Variable(name, 0);
            case "x":
            case "y":
                firstXY = firstXY == 0 ? token.position() : firstXY;
                return new Node.Variable(name, name.equals("x") ? 0 : 1);
            default:
                break;
        }
        if (MathFunction.named(name) != null) {
            throw new ExpressionException("function " + token.quoted() + " at character " + token.position()
                    + " needs its argument in parentheses", token.position());
        }
        throw new ExpressionException(
                "unknown name " + token.quoted() + " at character " + token.position(), token.position());
    }

    /** A name followed by '(': a function call. */
    private Node call(Token nameToken) {
        MathFunction function = MathFunction.named(nameToken.text());
        if (function == null) {
            boolean knownName = List.of("pi", "e", "w", "x", "y").contains(nameToken.text());
            String message = knownName
                    ? nameToken.quoted() + " at character " + nameToken.position() + " is not a function"
                    : "unknown function " + nameToken.quoted() + " at character " + nameToken.position();
            throw new ExpressionException(message, nameToken.position());
        }
        Token open = take();
        enter(open);
        List<Node> arguments = new ArrayList<>();
        if (peek().kind() == TokenKind.RIGHT_PAREN) {
            take();
        } else {
            arguments.add(sum());
            while (peek().kind() == TokenKind.COMMA) {
                take();
                arguments.add(sum());
            }
            close(open);
        }
        leave();
        String problem = function.arityProblem(arguments.size());
        if (problem != null) {
            throw new ExpressionException(problem, nameToken.position());
        }
        return new Node.Call(function, arguments);
    }

    /** Consumes the ')' that matches {@code open}, or explains what is there instead. */
    private void close(Token open) {
        Token token = peek();
        if (token.kind() == TokenKind.RIGHT_PAREN) {
            take();
            return;
        }
        if (token.kind() == TokenKind.END) {
            throw endOfExpression(token, ": '(' at character " + open.position() + " is never closed");
        }
        throw afterOperand(token);
    }

    /** What is wrong with {@code token} coming right after a complete operand. */
    private static ExpressionException afterOperand(Token token) {
        if (token.kind().startsOperand()) {
            return new ExpressionException("expected an operator at character " + token.position(), token.position());
        }
        return new ExpressionException(
                "unexpected " + token.quoted() + " at character " + token.position(), token.position());
    }

    private static ExpressionException endOfExpression(Token end, String detail) {
        return new ExpressionException("unexpected end of expression" + detail, end.position());
    }

    private void enter(Token opener) {
        if (++depth > Expression.MAX_DEPTH) {
            throw new ExpressionException(
                    "expression nests deeper than " + Expression.MAX_DEPTH + " levels", opener.position());
        }
    }

    private void leave() {
        depth--;
    }

    private Token peek() {
        return tokens.get(next);
    }

    /** Returns the next token and moves past it (never past END). */
    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != TokenKind.END) {
            next++;
        }
        return token;
    }
}
