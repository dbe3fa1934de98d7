/**
 * The analysis views of SPEC §9: how the final loss depends on α (the learning-rate sweep) and
 * where each start point ends (the basin map). Both run many trajectories through the same
 * {@link org.optimizerplayground.engine.run.RunStepper} as the single-run path, so their numbers
 * are the ones a link would show.
 */
package org.optimizerplayground.engine.analysis;
