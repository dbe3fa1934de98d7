/**
 * Live simulation sessions: one per browser tab, stepped by one shared scheduler, sending only
 * the new points of each run in frames of at most ~30 per second.
 */
package org.optimizerplayground.web.session;
