/**
 * Thin Java wrappers of the browser chart elements in {@code frontend/charts/}: each passes the
 * JSON that the view builds straight to its element, which only draws it. No maths here.
 */
package org.optimizerplayground.web.ui.chart;
