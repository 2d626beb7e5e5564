package org.bksbbridge.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bksbbridge.calls.CallLogPage;
import org.bksbbridge.calls.CallLogService;
import org.bksbbridge.calls.CallQuery;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.refusal.Refusal;

/**
 * A centre's bksb call log: filters in the URL (so a filtered list can be bookmarked or linked, as
 * the jobs console does with {@code execution}), applied by a post that redirects to that URL.
 */
@Named("callLog")
@RequestScoped
public class CallLogView {
  private static final String SELF = "calls?faces-redirect=true&includeViewParams=true";

  /** Refusal field names to the components they are about. */
  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "executionId", new Messages.Field("filters:execution", "Job execution"),
          "status", new Messages.Field("filters:status", "Outcome"),
          "endpoint", new Messages.Field("filters:endpoint", "Endpoint"));

  @Inject CallLogService calls;
  @Inject Clock clock;

  private String centreId;
  private String execution;
  private String status;
  private String endpoint;
  private String page;
  private String size;
  private CallLogPage result;
  private List<CentreView> centreList;
  private Set<String> invalid = Set.of();

  /** The view action: reads the page the URL names. */
  public void load() {
    if (centreId == null || centreId.isBlank()) {
      centreId = getCentres().isEmpty() ? null : getCentres().get(0).id();
    }
    if (centreId == null) {
      return;
    }
    try {
      result = calls.list(centreId, new CallQuery(execution, status, endpoint, page, size));
    } catch (Refusal e) {
      result = null;
      invalid = e.fields().keySet();
      Messages.show(e, FIELDS);
    }
  }

  /** Applies the filters: back to the first page, at the URL that names them. */
  public String filter() {
    page = null;
    return SELF;
  }

  public List<CentreView> getCentres() {
    if (centreList == null) {
      centreList = calls.centres();
    }
    return centreList;
  }

  public List<String> getEndpoints() {
    return calls.endpoints();
  }

  public boolean isFiltered() {
    return present(execution) || present(status) || present(endpoint);
  }

  /** Whether the last refusal named this field (for aria-invalid). */
  public boolean invalid(String field) {
    return invalid.contains(field);
  }

  /** A call's time to the second, in the server's zone (bksb.timezone). */
  public String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(at.atZone(clock.getZone()));
  }

  public String statusText(int status) {
    return status == 0 ? "no answer" : String.valueOf(status);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  public CallLogPage getResult() {
    return result;
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public String getExecution() {
    return execution;
  }

  public void setExecution(String execution) {
    this.execution = execution;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getEndpoint() {
    return endpoint;
  }

  public void setEndpoint(String endpoint) {
    this.endpoint = endpoint;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getSize() {
    return size;
  }

  public void setSize(String size) {
    this.size = size;
  }
}
