/**
 * How code reaches the database: one producer of the container-managed {@code EntityManager}, so
 * services and batch artifacts inject it and tests outside the server can produce their own.
 */
package org.bksbbridge.persistence;
