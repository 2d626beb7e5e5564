package org.bksbbridge.sync.users;

import jakarta.persistence.EntityManager;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.SeBatch;

/** What the bksb sync jobs need under JBeret SE, and two centres sharing the sandbox's account. */
public final class GetUsersArtifacts {

  private GetUsersArtifacts() {}

  /** NORTH and SOUTH, enabled, with the same sandbox access key: one bksb account. */
  public static void twoCentresOneAccount(EntityManager em, InProcessSandbox sandbox) {
    SettingsFixture.enable(
        em, "NORTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
    SettingsFixture.enable(
        em, "SOUTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
  }

  /**
   * NORTH and SOUTH on one sandbox account (see {@link #twoCentresOneAccount}), their users fetched
   * with bksb-get-users; returns the account's id.
   */
  public static long twoCentresWithUsers(SeBatch batch, InProcessSandbox sandbox)
      throws InterruptedException {
    jakarta.persistence.EntityManager em = batch.db.newEntityManager();
    twoCentresOneAccount(em, sandbox);
    em.close();
    var done = batch.await(batch.start("bksb-get-users", java.util.Map.of()));
    if (done.getBatchStatus() != jakarta.batch.runtime.BatchStatus.COMPLETED) {
      throw new AssertionError("bksb-get-users ended " + done.getBatchStatus());
    }
    return batch.db.count("select max(a.id) from BksbAccount a");
  }
}
