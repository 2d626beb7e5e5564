package org.bksbbridge.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.bksbbridge.jobs.ChangeHeld;
import org.bksbbridge.jobs.HeldChangeDecided;
import org.bksbbridge.jobs.JobEnded;
import org.bksbbridge.mail.LoginEmailGaveUp;
import org.bksbbridge.settings.SettingsConnections;

/**
 * Turns what happens into alerts once it is committed (in a transaction of their own, so that an
 * alert that cannot be written never undoes what it tells of): a run's end (failed; or completed,
 * which clears the centre's failed-job alert), a change held or decided, a login email given up on.
 * A skipped account is raised, and cleared, at the end of a sync run ({@code FailedAccountsExit}),
 * which knows the accounts it worked for.
 */
@ApplicationScoped
public class AlertTriggers {
  @Inject Alerts alerts;
  @Inject SettingsConnections settings;

  /**
   * A transaction of its own: after the run record's commit there is none, and the server's
   * EntityManager cannot be used without one (the centres are read here).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void jobEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobEnded e) {
    if (e.refused()) {
      return;
    }
    for (String centre : settings.centresOfRun(e.centreId())) {
      if ("FAILED".equals(e.outcome())) {
        alerts.raise(
            centre,
            AlertKind.JOB_FAILED,
            e.jobName() + " execution " + e.executionId() + " failed: " + e.exitStatus());
      } else if ("COMPLETED".equals(e.outcome())) {
        alerts.resolve(centre, AlertKind.JOB_FAILED, Alerts.CLEARED);
      }
    }
  }

  void held(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeHeld e) {
    for (String centre : e.change().centreIds()) {
      alerts.raise(
          centre,
          AlertKind.CHANGE_HELD,
          e.change().jobName()
              + " execution "
              + e.change().executionId()
              + " held marking "
              + e.change().affected()
              + " of "
              + e.change().total()
              + " users of bksb account "
              + e.change().accountId()
              + " gone, among them "
              + e.change().sample());
    }
  }

  void decided(@Observes(during = TransactionPhase.AFTER_SUCCESS) HeldChangeDecided e) {
    for (String centre : e.change().centreIds()) {
      alerts.resolve(
          centre, AlertKind.CHANGE_HELD, e.change().statusWord() + " by " + e.change().decidedBy());
    }
  }

  void loginEmail(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginEmailGaveUp e) {
    alerts.raise(
        e.centreId(),
        AlertKind.LOGIN_EMAIL_FAILED,
        "the login details for learner " + e.reference() + " were not sent: " + e.reason());
  }
}
