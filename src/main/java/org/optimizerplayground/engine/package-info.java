/**
 * The pure-Java engine of the playground: surfaces, optimizers, schedules, experiments and
 * their links, trajectories. Nothing here imports Vaadin or Spring (a test enforces it); the
 * web layer only calls in.
 */
package org.optimizerplayground.engine;
