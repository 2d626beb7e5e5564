package org.bksbbridge.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.learner.LearnerService;
import org.bksbbridge.learner.LearnerView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.results.ResultService;
import org.bksbbridge.results.ResultView;

/**
 * A learner's initial assessment record, to print or save as PDF: the evidence of starting points
 * that funding audits and inspections ask for (initial and diagnostic results with their bksb
 * session and when they were retrieved). Read with the module, as the results API is.
 */
@Named("learnerRecord")
@RequestScoped
public class LearnerRecordView {
  @Inject LearnerService learners;
  @Inject ResultService results;
  @Inject CentreService centres;
  @Inject Clock clock;

  private String centreId;
  private String reference;
  private LearnerView learner;
  private CentreView centre;
  private List<ResultView> resultList = List.of();
  private Instant producedAt;

  public void load() {
    if (centreId == null || reference == null || centreId.isBlank() || reference.isBlank()) {
      Messages.refusePage(Refusal.notFound("no learner named: open one from the learners list"));
      return;
    }
    try {
      centre = centres.get(centreId);
      learner = learners.get(centreId, reference);
      resultList = results.forLearner(centreId, reference);
      producedAt = clock.instant();
    } catch (Refusal e) {
      learner = null;
      Messages.refusePage(e);
    }
  }

  public List<ResultView> getInitial() {
    return ofType("INITIAL");
  }

  public List<ResultView> getDiagnostic() {
    return ofType("DIAGNOSTIC");
  }

  private List<ResultView> ofType(String type) {
    return resultList.stream().filter(r -> type.equals(r.type())).toList();
  }

  public LearnerView getLearner() {
    return learner;
  }

  public CentreView getCentre() {
    return centre;
  }

  public Instant getProducedAt() {
    return producedAt;
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }
}
