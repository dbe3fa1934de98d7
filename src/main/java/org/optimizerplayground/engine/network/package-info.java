/**
 * A real network as the cost surface: TensorFlow Playground's four two-class data sets in the
 * plane, a small multilayer perceptron whose weights W are θ, mini-batches in a seeded order,
 * and backpropagation feeding the same optimizers and learning-rate schedules as the surfaces
 * (the lecture's argmin_W J(W)).
 *
 * <p>Everything is double precision, {@link java.lang.StrictMath} and seeded
 * {@link java.util.SplittableRandom}s, so a setting gives bit-identical numbers on every
 * machine. The parameters are one flat {@code double[]} in PyTorch {@code nn.Sequential} order
 * (each {@code Linear}'s weight, out × in row-major, then its bias), so a run can be replayed in
 * PyTorch from the data, the initial parameters and the batch order.
 */
package org.optimizerplayground.engine.network;
