package org.bksbbridge.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.mail.OutboxService;
import org.bksbbridge.mail.OutboxView;
import org.bksbbridge.refusal.Refusal;

/**
 * A centre's outbox: the emails bksb-bridge sent or will send (learners' bksb login details), their
 * status and why one failed; never a body. The centre and page are in the URL.
 */
@Named("outbox")
@ViewScoped
public class OutboxPageView implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Map<String, Messages.Field> FIELDS =
      Map.of("page", new Messages.Field("filters:centre", "Page"));

  @Inject OutboxService outbox;

  private String centreId;
  private Integer page;
  private OutboxView.Page result;
  private List<CentreView> centres;

  /** The view action: the page the URL names, or the first centre's first page. */
  public void load() {
    if (centreId == null || centreId.isBlank()) {
      centreId = getCentres().isEmpty() ? null : getCentres().get(0).id();
    }
    if (centreId == null) {
      return;
    }
    try {
      result = outbox.list(centreId, page, null);
    } catch (Refusal e) {
      result = null;
      Messages.show(e, FIELDS);
    }
  }

  /** Shows the chosen centre from its first page, at the URL that names it. */
  public String show() {
    return "outbox?faces-redirect=true&centre=" + centreId;
  }

  public List<CentreView> getCentres() {
    if (centres == null) {
      centres = outbox.centres();
    }
    return centres;
  }

  /** The status as people read it. */
  public String status(OutboxView e) {
    return switch (e.status()) {
      case QUEUED -> "queued";
      case SENT -> "sent";
      case NOT_SENT -> "not sent";
      case FAILED -> e.nextAttemptAt() == null ? "failed (given up)" : "failed, will retry";
    };
  }

  public OutboxView.Page getResult() {
    return result;
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
