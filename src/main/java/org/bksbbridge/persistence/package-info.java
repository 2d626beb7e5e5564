/**
 * How code reaches the database: one producer of the container-managed {@code EntityManager}, so
 * services and batch artifacts inject it and tests outside the server can produce their own; and
 * how a failed write is told apart ({@link org.bksbbridge.persistence.RolledBack}, {@link
 * org.bksbbridge.persistence.WriteClash}); and how a refusal leaves a transaction without the
 * server reporting it as an incident ({@link org.bksbbridge.persistence.QuietRefusals}).
 */
package org.bksbbridge.persistence;
