package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.accounts.AccountProposal;
import org.bksbbridge.accounts.AccountService;
import org.bksbbridge.accounts.CreatedAccount;
import org.bksbbridge.refusal.Refusal;

/**
 * "Create bksb account" on a learner's BKSB tab: shows the name, email and user name a creation
 * would send (editable), then creates, links and queues the login email through the same service as
 * the API. Offered only to callers with "Create BKSB User" for a learner without a link.
 */
@Named("createAccount")
@ViewScoped
public class CreateAccountView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SELF = "learner?faces-redirect=true&includeViewParams=true";

  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "email", new Messages.Field("createAccount:email", "Email"),
          "username", new Messages.Field("createAccount:username", "bksb user name"));

  @Inject AccountService accounts;
  @Inject CentreAccess access;

  private String centreId;
  private String reference;
  private AccountProposal proposal;
  private String username;
  private String email;
  private final FormOnce once = new FormOnce();

  /** On opening the BKSB tab of an unlinked learner: what a creation would send, if allowed. */
  public void load(LearnerDetailView page) {
    centreId = page.getCentreId();
    reference = page.getReference();
    proposal = null;
    if (page.getLearner() == null
        || !"bksb".equals(page.getTab())
        || page.isLinked()
        || !access.may(Command.CREATE_BKSB_USER, centreId)) {
      return;
    }
    try {
      proposal = accounts.proposal(centreId, reference);
      username = proposal.username();
      email = proposal.email();
    } catch (Refusal e) {
      Messages.show(e);
    }
  }

  public String create() {
    if (!once.take()) {
      // The same form again (a double click, a resent post): the page as it is now, nothing done.
      Messages.info("This form was sent already, so no second account was asked for.");
      Messages.keepForRedirect();
      return SELF;
    }
    try {
      CreatedAccount made =
          accounts.create(centreId, reference, blankToNull(username), blankToNull(email));
      Messages.info(
          (made.recovered() ? "An earlier try had made bksb user " : "Created bksb user ")
              + made.username()
              + " (id "
              + made.bksbUserId()
              + ") and linked the learner to it. "
              + (made.loginEmailId() == null
                  ? "The centre does not send login details."
                  : "The login details are in the Outbox (email " + made.loginEmailId() + ")."));
      Messages.keepForRedirect();
      return SELF;
    } catch (Refusal e) {
      String free = e.fields().get("suggestedUsername");
      Map<String, String> problems = new HashMap<>(e.fields());
      problems.remove("suggestedUsername");
      // The free name is offered in the field itself, not as a message of its own.
      Messages.show(new Refusal(e.kind(), e.getMessage(), problems), FIELDS);
      if (free != null) {
        // The next Create may take it as it is: the service checked that bksb has no such user.
        username = free;
      }
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The form's one-use token (a hidden field). */
  public String getOnce() {
    return once.token();
  }

  public void setOnce(String token) {
    once.submitted(token);
  }

  public boolean isOffered() {
    return proposal != null;
  }

  public AccountProposal getProposal() {
    return proposal;
  }

  public List<String> getProblems() {
    return proposal == null ? List.of() : proposal.problems();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
