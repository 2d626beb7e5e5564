/**
 * The database schema: Flyway migrations ({@code db/migration}) applied at start-up before JPA is
 * used, and the health checks that follow them.
 */
package org.bksbbridge.schema;
