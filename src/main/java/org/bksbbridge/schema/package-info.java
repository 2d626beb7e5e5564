/**
 * The database schema: Flyway migrations ({@code db/migration}) applied at start-up before JPA is
 * used; {@code org.bksbbridge.health} reports whether they ran.
 */
package org.bksbbridge.schema;
