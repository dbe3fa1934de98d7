/**
 * The analysis views' server side: one shared pool, results cached by link so that a lecture
 * hall opening the same link computes each map once.
 */
package org.optimizerplayground.web.analysis;
