package org.optimizerplayground.engine.network;

import java.util.Arrays;
import java.util.Optional;

/**
 * The input features of TensorFlow Playground, computed from a point (x, y) of the plane (sines
 * with {@link StrictMath}). The network's input vector lists the chosen features in the order
 * the link gives them.
 */
public enum Feature {
    /** x (TensorFlow Playground's X₁). */
    X("x") {
        @Override
        public double of(double x, double y) {
            return x;
        }
    },
    /** y (X₂). */
    Y("y") {
        @Override
        public double of(double x, double y) {
            return y;
        }
    },
    /** x². */
    X_SQUARED("x2") {
        @Override
        public double of(double x, double y) {
            return x * x;
        }
    },
    /** y². */
    Y_SQUARED("y2") {
        @Override
        public double of(double x, double y) {
            return y * y;
        }
    },
    /** x·y. */
    XY("xy") {
        @Override
        public double of(double x, double y) {
            return x * y;
        }
    },
    /** sin x. */
    SIN_X("sinx") {
        @Override
        public double of(double x, double y) {
            return StrictMath.sin(x);
        }
    },
    /** sin y. */
    SIN_Y("siny") {
        @Override
        public double of(double x, double y) {
            return StrictMath.sin(y);
        }
    };

    private final String id;

    Feature(String id) {
        this.id = id;
    }

    /** The link value ({@code x2}). */
    public String id() {
        return id;
    }

    /** The feature's value at (x, y); NaN and infinities pass through as the formula gives them. */
    public abstract double of(double x, double y);

    /** The feature with this id, if there is one. */
    public static Optional<Feature> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
