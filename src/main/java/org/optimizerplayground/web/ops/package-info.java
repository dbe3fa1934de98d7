/**
 * What an operator needs to run the playground: its metrics (sessions, updates, frames, push
 * errors) for Actuator on the management port, the Tomcat route that lets a load balancer keep
 * each browser on its instance, a report of what was still open at shutdown, and the
 * Atmosphere settings of Vaadin's push (cancelled heartbeats leave Atmosphere's scheduler at once).
 */
package org.optimizerplayground.web.ops;
