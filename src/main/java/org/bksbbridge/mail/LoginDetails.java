package org.bksbbridge.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.settings.AccountOptions;
import org.bksbbridge.settings.SettingsConnections;

/**
 * Makes a login email from its outbox row at the moment it is sent: the learner's name, the
 * centre's name, its sign-in link and its default password as they are now.
 */
@ApplicationScoped
public class LoginDetails {
  /**
   * bksb's public address (our assumption: bksb publishes no sign-in URL for the API; set {@code
   * bksb.mail.signInUrl}, or the centre's link button URL, to the address your learners use).
   */
  public static final String DEFAULT_SIGN_IN = "https://www.bksblive2.co.uk/";

  @Inject EntityManager em;
  @Inject CentreService centres;
  @Inject SettingsConnections settings;

  /** The email and the password in it (to keep it out of failure reasons). */
  public record Prepared(OutgoingMail mail, String password) {
    @Override
    public String toString() {
      return "Prepared[" + mail + "]";
    }
  }

  /**
   * @throws IllegalStateException when the email cannot be made any more (the learner or the
   *     centre's default password is gone), with the reason for the outbox
   */
  public Prepared prepare(OutboxEmail e, String serverSignInUrl) {
    Learner learner = em.find(Learner.class, e.getLearnerId());
    if (learner == null) {
      throw new IllegalStateException("the learner is no longer stored");
    }
    AccountOptions options =
        settings
            .accountOptions(e.getCentreId())
            .filter(o -> o.defaultPassword() != null)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "centre "
                            + e.getCentreId()
                            + " has no default password now: the login details cannot be sent"));
    String centreName = centres.find(e.getCentreId()).map(CentreView::name).orElse(e.getCentreId());
    String signIn =
        options.linkButtonUrl() == null || options.linkButtonUrl().isBlank()
            ? serverSignInUrl
            : options.linkButtonUrl();
    return new Prepared(
        OutgoingMail.of(
            e.getRecipient(),
            learner.fields().firstName(),
            centreName,
            signIn,
            e.getBksbUsername(),
            options.defaultPassword()),
        options.defaultPassword());
  }
}
