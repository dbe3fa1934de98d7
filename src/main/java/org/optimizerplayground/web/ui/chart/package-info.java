/**
 * Thin Java wrappers of the browser chart elements in {@code frontend/charts/}: each takes typed
 * records, {@link org.optimizerplayground.web.ui.chart.ChartJson} writes them as the JSON its
 * element parses (Jackson's streaming generator, in that one place), and the element only draws
 * it. No maths here.
 */
package org.optimizerplayground.web.ui.chart;
