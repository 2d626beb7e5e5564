/**
 * MicroProfile Health checks: readiness follows the database (and the schema, in {@code
 * org.bksbbridge.schema}); each enabled centre's bksb reachability is readiness information that
 * never makes the server unready; liveness stays cheap.
 */
package org.bksbbridge.health;
