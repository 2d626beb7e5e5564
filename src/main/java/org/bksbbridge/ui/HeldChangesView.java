package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.jobs.HeldChangeDecisions;
import org.bksbbridge.jobs.HeldChangeView;
import org.bksbbridge.refusal.Refusal;

/**
 * Changes jobs held for approval, where people look: a centre's (dashboard, integration page) and
 * an execution's (jobs console), each with Approve and Discard for those who may decide.
 */
@Named("heldChanges")
@ViewScoped
public class HeldChangesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject HeldChangeDecisions decisions;

  private final Map<String, List<HeldChangeView>> byCentre = new HashMap<>();

  /** The centre's pending changes (read once per view). */
  public List<HeldChangeView> pending(String centreId) {
    return byCentre.computeIfAbsent(centreId, c -> decisions.pending(c));
  }

  /** The execution's changes, decided or not. */
  public List<HeldChangeView> ofExecution(long executionId) {
    return decisions.ofExecution(executionId);
  }

  public boolean mayDecide(HeldChangeView h) {
    return decisions.mayDecide(h);
  }

  public String approve(long executionId, long accountId) {
    try {
      HeldChangeView h = decisions.approve(executionId, accountId);
      Messages.info(
          "Approved: "
              + h.applied()
              + " bksb users of account "
              + h.accountId()
              + " marked gone (of "
              + h.affected()
              + " held; those bksb listed again since were left).");
      return Messages.thisPageAgain();
    } catch (Refusal e) {
      Messages.show(e);
      byCentre.clear();
      return null;
    }
  }

  public String discard(long executionId, long accountId) {
    try {
      HeldChangeView h = decisions.discard(executionId, accountId);
      Messages.info("Discarded: no bksb user of account " + h.accountId() + " was marked gone.");
      return Messages.thisPageAgain();
    } catch (Refusal e) {
      Messages.show(e);
      byCentre.clear();
      return null;
    }
  }
}
