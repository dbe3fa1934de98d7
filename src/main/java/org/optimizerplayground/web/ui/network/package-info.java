/**
 * The network page ({@code /network}): a real multilayer perceptron trained by several optimizers
 * from one θ₀ and one batch order, streamed live. {@link NetworkView} is the route and the layout;
 * {@link NetworkState} the one copy of the link's setting; {@link NetworkSession} the tab's runs
 * (plain Java, time passed in); {@link NetworkDriver} its frames on the shared frame scheduler.
 */
package org.optimizerplayground.web.ui.network;
