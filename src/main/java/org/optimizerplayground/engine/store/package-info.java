/**
 * The shared trajectory store: every trajectory computed once per run (its surface, θ₀, steps,
 * noise, seed and optimizer settings), kept in
 * primitive arrays within a byte budget, extended lazily as far as the furthest reader needs,
 * and read without copies by every browser tab and API call that shows an experiment with that run.
 */
package org.optimizerplayground.engine.store;
