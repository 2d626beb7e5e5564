/**
 * The REST application under {@code /api/v1}: its activation, the one JSON error shape every
 * endpoint answers with, and the exceptions services throw to produce it.
 */
package org.bksbbridge.api;
