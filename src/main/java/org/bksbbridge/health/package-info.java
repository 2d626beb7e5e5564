/**
 * MicroProfile Health checks: readiness follows the database and the schema's migrations
 * (SchemaReadiness, SchemaLiveness); each enabled centre's bksb reachability is readiness
 * information that never makes the server unready; liveness stays cheap. The server's {@code
 * /health} endpoints show anyone the statuses only ({@link org.bksbbridge.health.DetailedCheck});
 * admins read the checks' data through {@code GET /api/v1/health}.
 */
package org.bksbbridge.health;
