package org.bksbbridge.sync.users;

import jakarta.persistence.EntityManager;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Grants;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.jobs.JobCounters;
import org.bksbbridge.jobs.SkippedRowStore;
import org.bksbbridge.security.CurrentCaller;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.sync.claims.ClaimHeartbeats;
import org.bksbbridge.sync.claims.SyncClaims;
import org.bksbbridge.sync.claims.SyncJobListener;
import org.bksbbridge.testing.InProcessSandbox;
import org.bksbbridge.testing.NoCaller;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.TestBksbClients;

/** What the bksb sync jobs need under JBeret SE, and two centres sharing the sandbox's account. */
public final class GetUsersArtifacts {
  public static final Class<?>[] BEANS = {
    BksbUserReader.class,
    BksbUserWriter.class,
    GoneUsersBatchlet.class,
    GoneUsers.class,
    AccountDirectory.class,
    SettingsConnections.class,
    SettingsFixture.TestSecretBox.class,
    TestBksbClients.class,
    AccountSkipListener.class,
    AccountFailures.class,
    SyncJobListener.class,
    org.bksbbridge.sync.claims.FailedAccountsExit.class,
    SyncClaims.class,
    ClaimHeartbeats.class,
    CentreService.class,
    CentreAccess.class,
    Grants.class,
    CurrentCaller.class,
    NoCaller.class,
    SkippedRowStore.class,
    JobCounters.class,
    org.bksbbridge.link.BksbLinkRepository.class,
    BksbUserRepository.class,
    org.bksbbridge.results.AssessmentResultRepository.class,
    org.bksbbridge.learner.LearnerRepository.class,
    org.bksbbridge.sync.matching.UserAsker.class,
    org.bksbbridge.accounts.CreatedUsers.class
  };

  private GetUsersArtifacts() {}

  /** NORTH and SOUTH, enabled, with the same sandbox access key: one bksb account. */
  public static void twoCentresOneAccount(EntityManager em, InProcessSandbox sandbox) {
    SettingsFixture.enable(
        em, "NORTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
    SettingsFixture.enable(
        em, "SOUTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
  }

  /** A batch environment with the get-users beans and the given further ones. */
  public static SeBatch batch(SeDatabase db, Class<?>... more) {
    // A set: fixtures that add beans this list has already must not add them twice.
    java.util.Set<Class<?>> beans = new java.util.LinkedHashSet<>(java.util.List.of(BEANS));
    beans.addAll(java.util.List.of(more));
    return new SeBatch(db, beans.toArray(Class<?>[]::new));
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
