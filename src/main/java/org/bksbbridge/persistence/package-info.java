/**
 * How code reaches the database: one producer of the container-managed {@code EntityManager}, so
 * services and batch artifacts inject it and tests outside the server can produce their own; and
 * how a failed write is told apart ({@link org.bksbbridge.persistence.RolledBack}, {@link
 * org.bksbbridge.persistence.WriteClash}).
 */
package org.bksbbridge.persistence;
