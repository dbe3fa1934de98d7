/**
 * What an operator needs to run the playground: its metrics (sessions, updates, frames, push
 * errors) for Actuator on the management port, the Tomcat route that lets a load balancer keep
 * each browser on its instance, and a report of what was still open at shutdown.
 */
package org.optimizerplayground.web.ops;
