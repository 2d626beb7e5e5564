package org.bksbbridge.sync.users;

import jakarta.persistence.EntityManager;
import org.bksbbridge.sandbox.SandboxGenerator;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;

/** The sandbox in-process, the sync jobs' beans under JBeret SE, and NORTH and SOUTH on it. */
public final class UsersFixture implements AutoCloseable {
  public final InProcessSandbox sandbox;
  public final SeBatch batch;

  public UsersFixture(SandboxGenerator generator) {
    this(generator, new org.bksbbridge.testing.SeEnvironment(new SeDatabase()));
  }

  /** On an environment of the test's (its clock, where its spans go). */
  public UsersFixture(SandboxGenerator generator, org.bksbbridge.testing.SeEnvironment env) {
    sandbox = new InProcessSandbox(generator);
    batch = new SeBatch(env);
    EntityManager em = batch.db.newEntityManager();
    GetUsersArtifacts.twoCentresOneAccount(em, sandbox);
    em.close();
  }

  @Override
  public void close() {
    batch.close();
    batch.db.close();
    sandbox.close();
  }
}
