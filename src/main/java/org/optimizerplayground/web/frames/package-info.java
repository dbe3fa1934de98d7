/**
 * The per-tab binary frame channel (issue 11, item 2, design b): a plain WebSocket of the app
 * ({@code /frames}) that carries a playground tab's frames instead of Vaadin's push, opened by
 * the page with a one-time token its Vaadin UI hands it. Vaadin's push stays for everything else.
 * {@link org.optimizerplayground.web.frames.FrameLink} explains the ordering of the two channels.
 */
package org.optimizerplayground.web.frames;
