/** MicroProfile Health checks: readiness follows the database, liveness stays cheap. */
package org.bksbbridge.health;
