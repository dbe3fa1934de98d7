/**
 * The shared trajectory store: every trajectory computed once per canonical experiment, kept in
 * primitive arrays within a byte budget, extended lazily as far as the furthest reader needs,
 * and read without copies by every browser tab and API call that shows that experiment.
 */
package org.optimizerplayground.engine.store;
