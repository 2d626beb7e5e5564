/**
 * The REST edge under {@code /api/v1}: its activation, JSON body reading and field parsing, and the
 * one JSON error shape every endpoint answers with. Services refuse with {@code
 * org.bksbbridge.refusal.Refusal}; this is the only place its kind becomes an HTTP status.
 */
package org.bksbbridge.api;
