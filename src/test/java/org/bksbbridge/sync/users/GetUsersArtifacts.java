package org.bksbbridge.sync.users;

import jakarta.persistence.EntityManager;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.settings.SettingsFixture;
import org.bksbbridge.testing.InProcessSandbox;
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
    TestBksbClients.class
  };

  private GetUsersArtifacts() {}

  /** NORTH and SOUTH, enabled, with the same sandbox access key: one bksb account. */
  public static void twoCentresOneAccount(EntityManager em, InProcessSandbox sandbox) {
    SettingsFixture.enable(
        em, "NORTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
    SettingsFixture.enable(
        em, "SOUTH", sandbox.base(), InProcessSandbox.KEY, InProcessSandbox.SECRET);
  }
}
