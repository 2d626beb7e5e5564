package org.bksbbridge.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.centre.CentreView;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.reports.ReportService;
import org.bksbbridge.reports.ResultsReport;

/**
 * "BKSB Results": the filters in the URL (bookmarkable, applied by a post that redirects to it),
 * the cohort chart with its table, and the rows a page at a time.
 */
@Named("resultsReport")
@RequestScoped
public class ResultsReportView {
  private static final String SELF = "reports-results?faces-redirect=true&includeViewParams=true";
  static final int ROWS_PER_PAGE = 50;

  private static final Map<String, Messages.Field> FIELDS =
      Map.of(
          "type", new Messages.Field("filters:type", "Type"),
          "level", new Messages.Field("filters:level", "Level"),
          "from", new Messages.Field("filters:from", "Completed from"),
          "to", new Messages.Field("filters:to", "Completed to"),
          "kind", new Messages.Field("filters:kind", "Learners or applicants"));

  @Inject ReportService reports;

  private String centreId;
  private String subject;
  private String type;
  private String level;
  private String from;
  private String to;
  private String kind;
  private int page = 1;
  private ResultsReport report;
  private ResultsChart chart;
  private List<CentreView> centreList;

  /** The view action: builds the report the URL names. */
  public void load() {
    centreId = CentreChoice.of(getCentres(), centreId, reports::requireSomeCentre);
    if (centreId == null) {
      return;
    }
    try {
      report = reports.results(centreId, subject, type, level, from, to, kind);
      chart = new ResultsChart(report);
    } catch (Refusal e) {
      report = null;
      if (e.kind() == Refusal.Kind.FORBIDDEN || e.kind() == Refusal.Kind.NOT_FOUND) {
        Messages.refusePage(e);
      } else {
        Messages.show(e, FIELDS);
      }
    }
  }

  public String filter() {
    page = 1;
    return SELF;
  }

  public List<CentreView> getCentres() {
    if (centreList == null) {
      centreList = reports.centres();
    }
    return centreList;
  }

  public ResultsReport getReport() {
    return report;
  }

  public List<ResultsChart.Column> getLevelColumns() {
    return chart.columns();
  }

  public List<ResultsChart.Row> getLevelRows() {
    return chart.rows();
  }

  public String getChartJson() {
    return ResultsChartJson.of(chart);
  }

  public String getChartSummary() {
    return chart.summary();
  }

  public String subjectLabel(String s) {
    return ResultsChart.label(s);
  }

  /** This page's rows of the report. */
  public List<ResultsReport.Row> getRows() {
    List<ResultsReport.Row> all = report.rows();
    int first = Math.min((getPage() - 1) * ROWS_PER_PAGE, all.size());
    return all.subList(first, Math.min(first + ROWS_PER_PAGE, all.size()));
  }

  public int getPages() {
    return Math.max(1, (report.rows().size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
  }

  public List<Level> getLevels() {
    return Arrays.stream(Level.values()).filter(l -> l != Level.UNKNOWN).toList();
  }

  /** Where the rows' CSV is: the REST report with the page's filters. */
  public String getCsv() {
    return Links.api(
        "/centres/" + Links.segment(centreId) + "/reports/bksb-results.csv",
        "subject",
        subject,
        "type",
        type,
        "level",
        level,
        "from",
        from,
        "to",
        to,
        "kind",
        kind);
  }

  public boolean isFiltered() {
    return present(subject)
        || present(type)
        || present(level)
        || present(from)
        || present(to)
        || present(kind);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  public int getPage() {
    return report == null ? page : Math.min(Math.max(page, 1), getPages());
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getCentreId() {
    return centreId;
  }

  public void setCentreId(String centreId) {
    this.centreId = centreId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }
}
