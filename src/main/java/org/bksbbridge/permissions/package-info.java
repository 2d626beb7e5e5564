/**
 * Managing who may do what: {@code GET /api/v1/me} (the caller's centres and commands) and the
 * grants API {@code /api/v1/permissions}, both over {@link org.bksbbridge.access}, which holds the
 * rules and the one check.
 */
package org.bksbbridge.permissions;
