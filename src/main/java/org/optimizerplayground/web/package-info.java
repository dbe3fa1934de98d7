/**
 * The web layer: the Vaadin page and the REST API. It only calls the engine; no numbers are
 * computed here.
 */
package org.optimizerplayground.web;
