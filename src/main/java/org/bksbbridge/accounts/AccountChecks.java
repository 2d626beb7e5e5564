package org.bksbbridge.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.settings.AccountOptions;
import org.bksbbridge.settings.SettingsConnections;
import org.bksbbridge.sync.matching.LinkService;
import org.bksbbridge.sync.matching.MatchLookups;
import org.bksbbridge.sync.users.AccountDirectory;
import org.bksbbridge.sync.users.BksbUser;

/**
 * The checks of one learner's creation made without calling bksb, each with its own message, in the
 * order a caller should fix them: the integration enabled, the learner not linked, an email, a
 * default password, a usable user name, no bksb user of the account with that email. Runs in a
 * transaction: the centre's bksb account is stored on first sight.
 */
@ApplicationScoped
public class AccountChecks {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int EMAIL_MAX = 254;

  @Inject EntityManager em;
  @Inject CentreService centres;
  @Inject LearnerService learners;
  @Inject AccountDirectory directory;
  @Inject SettingsConnections settings;
  @Inject MatchLookups lookups;
  @Inject LinkService links;
  @Inject PendingCreations pendings;

  /** A reason the creation cannot go ahead, as the caller will hear it. */
  record Problem(Refusal.Kind kind, String field, String fieldProblem, String message) {
    Refusal refusal() {
      return new Refusal(kind, message, field == null ? Map.of() : Map.of(field, fieldProblem));
    }
  }

  private record Checked(AccountPlan plan, Learner learner, List<Problem> problems) {}

  /**
   * @param username the caller's, or null for the default
   * @param email the caller's, or null for the learner's
   * @throws Refusal the first problem found
   */
  @Transactional
  public AccountPlan forApi(String centreId, String reference, String username, String email) {
    Checked c = check(centreId, reference, username, email);
    if (!c.problems().isEmpty()) {
      throw c.problems().get(0).refusal();
    }
    return c.plan();
  }

  /** What Create would send for the learner, and every problem found now. */
  @Transactional
  public AccountProposal proposal(String centreId, String reference) {
    Checked c = check(centreId, reference, null, null);
    AccountRequest r = c.plan().request();
    AccountOptions o = c.plan().options();
    return new AccountProposal(
        centreId,
        reference,
        r.firstName(),
        r.lastName(),
        r.email(),
        r.username(),
        o != null && o.autoSendLoginDetails(),
        o != null && o.autoEnrolCourses(),
        c.plan().pending() != null,
        c.problems().stream().map(Problem::message).toList());
  }

  private Checked check(String centreId, String reference, String username, String email) {
    centres.require(centreId);
    Learner learner = em.find(Learner.class, learners.idOf(centreId, reference));
    LearnerFields f = learner.fields();
    List<Problem> problems = new ArrayList<>();
    AccountDirectory.Account account =
        directory.enabledAccounts().stream()
            .filter(a -> a.centreIds().contains(centreId))
            .findFirst()
            .orElse(null);
    if (account == null) {
      problems.add(
          conflict(
              "the bksb integration of "
                  + centreId
                  + " is not enabled: enable it in the centre's bksb settings first"));
    }
    if (account != null && !directory.usersListed(account.id())) {
      problems.add(conflict(NOT_LISTED));
    }
    links
        .linkOf(learner.getId())
        .ifPresent(
            k ->
                problems.add(
                    conflict(
                        "learner "
                            + reference
                            + " is linked to bksb user "
                            + k.getBksbUsername()
                            + " (id "
                            + k.getBksbUserId()
                            + ") already")));
    PendingCreation pending = pendings.find(learner.getId()).orElse(null);
    String mail = blank(email) ? f.email() : email.strip().toLowerCase(Locale.ROOT);
    if (mail == null) {
      problems.add(
          new Problem(
              Refusal.Kind.INVALID,
              "email",
              "is required: the learner has none",
              "learner " + reference + " has no email: give one"));
    } else if (mail.length() > EMAIL_MAX || !EMAIL.matcher(mail).matches()) {
      problems.add(
          new Problem(
              Refusal.Kind.INVALID,
              "email",
              "must be an email address like name@example.ac.uk",
              "the email must be an email address like name@example.ac.uk"));
    }
    AccountOptions options = settings.accountOptions(centreId).orElse(null);
    if (options == null || options.defaultPassword() == null) {
      problems.add(
          conflict(
              "centre "
                  + centreId
                  + " has no default password for new bksb accounts: set one in its bksb"
                  + " settings first"));
    }
    String name = blank(username) ? Usernames.defaultFor(f, reference) : username.strip();
    String nameProblem = Usernames.problem(name);
    if (nameProblem != null) {
      problems.add(
          new Problem(
              Refusal.Kind.INVALID, "username", nameProblem, "the user name " + nameProblem));
    }
    if (account != null && mail != null && pending == null) {
      List<BksbUser> same = lookups.byEmail(account.id(), mail);
      if (!same.isEmpty()) {
        BksbUser u = same.get(0);
        String who = u.getUsername() + " (id " + u.getBksbUserId() + ")";
        problems.add(
            new Problem(
                Refusal.Kind.CONFLICT,
                "email",
                "bksb user " + who + " has this email: link instead",
                "bksb user "
                    + who
                    + " already has the email "
                    + mail
                    + ": link the learner to them instead of creating an account"));
      }
    }
    AccountRequest request =
        new AccountRequest(
            centreId,
            learner.getId(),
            reference,
            f.firstName(),
            f.lastName(),
            mail,
            f.dateOfBirth(),
            name);
    return new Checked(new AccountPlan(request, account, options, pending), learner, problems);
  }

  static final String NOT_LISTED =
      "the users of the centre's bksb account have not been fetched yet: run Get BKSB Users"
          + " (bksb-get-users) first, so that a bksb user who already has this email is found"
          + " instead of made twice";

  private static Problem conflict(String message) {
    return new Problem(Refusal.Kind.CONFLICT, null, null, message);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
