/**
 * Patch semantics for the typed inputs of services: each field of a change is kept as stored,
 * cleared, or set to a value ({@code Edit}). Edges (REST readers, pages) build changes with it, so
 * "not sent" and "sent empty" stay distinct without any wire format reaching a service.
 */
package org.bksbbridge.edit;
