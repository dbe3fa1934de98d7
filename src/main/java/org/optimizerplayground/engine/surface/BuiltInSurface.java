package org.optimizerplayground.engine.surface;

import java.util.List;
import java.util.Map;

/**
 * Shared plumbing of the catalogue surfaces: each subclass gives its metadata to the
 * constructor and implements {@link #valueAndGradient} with the analytic gradient.
 */
abstract class BuiltInSurface implements Surface {
    private final String id;
    private final int dimension;
    private final String latex;
    private final double[] view;
    private final double[] start;
    private final List<Minimum> minima;
    private final Map<String, Double> rates;

    /**
     * @param rates good learning rates for the default race ({@code sgd}, {@code momentum},
     *     {@code adam}) and any other optimizer that needs one on this surface
     */
    BuiltInSurface(String id, int dimension, String latex, double[] view, double[] start,
                   List<Minimum> minima, Map<String, Double> rates) {
        this.id = id;
        this.dimension = dimension;
        this.latex = latex;
        this.view = view.clone();
        this.start = start.clone();
        this.minima = List.copyOf(minima);
        this.rates = Map.copyOf(rates);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    @Override
    public final String latex() {
        return latex;
    }

    @Override
    public final double[] view() {
        return view.clone();
    }

    @Override
    public final double[] defaultStart() {
        return start.clone();
    }

    @Override
    public final List<Minimum> minima() {
        return minima;
    }

    @Override
    public final double suggestedLearningRate(String optimizerId) {
        return rates.getOrDefault(optimizerId, Double.NaN);
    }

    @Override
    public double value(double[] theta) {
        return valueAndGradient(theta, new double[dimension]);
    }

    @Override
    public String toString() {
        return id;
    }
}
