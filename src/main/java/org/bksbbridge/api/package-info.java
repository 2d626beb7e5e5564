/**
 * The REST edge under {@code /api/v1}: its activation (the resources it lists live in their
 * features' packages, and none of them imports this one), JSON body reading, the API's OpenAPI
 * document, and the one JSON error shape every endpoint answers with. Services refuse with {@code
 * org.bksbbridge.refusal.Refusal}; this is the only place its kind becomes an HTTP status.
 */
package org.bksbbridge.api;
