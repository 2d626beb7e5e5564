package org.bksbbridge.schema;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The schema outside the server: {@code SeDatabase} migrated it before the container started, so it
 * is ready, and nothing is announced at start (a test starts what it tests itself).
 */
@ApplicationScoped
public class SeSchema extends SchemaMigrator {
  /** Not an observer: the server's start-up does not run here. */
  @Override
  void onStart(Object started) {}

  @Override
  public synchronized boolean awaitMigrated() {
    return true;
  }

  @Override
  public State state() {
    return State.READY;
  }
}
