package org.optimizerplayground.engine.surface;

import java.util.Arrays;
import java.util.List;
import org.optimizerplayground.engine.surface.expr.Expression;

/**
 * A surface the user typed (SPEC §6 {@code f}), with gradients by forward-mode automatic
 * differentiation. 1-D when the expression uses {@code w}; 2-D with {@code x}, {@code y}, and
 * also when it uses no variable at all.
 */
public final class CustomSurface implements Surface {
    private static final double[] VIEW_1D = {-3, 3};
    private static final double[] VIEW_2D = {-3, 3, -3, 3};

    private final Expression expression;
    private final int dimension;

    public CustomSurface(Expression expression) {
        this.expression = expression;
        this.dimension = expression.dimension() == 1 ? 1 : 2;
    }

    /** The typed expression. */
    public Expression expression() {
        return expression;
    }

    @Override
    public String id() {
        return Surfaces.CUSTOM;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public String latex() {
        return (dimension == 1 ? "J(w) = " : "J(x,y) = ") + expression.toLatex();
    }

    @Override
    public double[] view() {
        return (dimension == 1 ? VIEW_1D : VIEW_2D).clone();
    }

    @Override
    public double[] defaultStart() {
        return new double[dimension];
    }

    @Override
    public String formula() {
        return expression.text();
    }

    @Override
    public List<Minimum> minima() {
        return List.of();
    }

    @Override
    public double suggestedLearningRate(String optimizerId) {
        return Double.NaN;
    }

    @Override
    public double value(double[] theta) {
        return expression.value(theta);
    }

    @Override
    public double valueAndGradient(double[] theta, double[] gradient) {
        Arrays.fill(gradient, 0.0); // an expression without variables writes no partials
        return expression.valueAndGradient(theta, gradient);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomSurface c && c.expression.text().equals(expression.text());
    }

    @Override
    public int hashCode() {
        return expression.text().hashCode();
    }

    @Override
    public String toString() {
        return "custom(" + expression.text() + ")";
    }
}
