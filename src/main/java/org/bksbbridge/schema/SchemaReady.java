package org.bksbbridge.schema;

/**
 * Fired once per start, when the schema is at the latest version: start-up work that writes to the
 * database (default grants, the demo data) observes this instead of the application's start, so it
 * never runs on a schema that is not yet (or could not be) migrated.
 */
public record SchemaReady(String version) {}
