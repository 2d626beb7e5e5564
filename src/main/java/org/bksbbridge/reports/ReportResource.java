package org.bksbbridge.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;

@Path("centres/{centreId}/reports")
@RequestScoped
public class ReportResource {
  @Inject ReportService reports;

  @GET
  @Path("bksb-unmatched")
  @Produces(MediaType.APPLICATION_JSON)
  public UnmatchedReport unmatched(@PathParam("centreId") String centreId) {
    return reports.unmatched(centreId);
  }

  /** The same report as one CSV table, a section column first, for spreadsheets. */
  @GET
  @Path("bksb-unmatched")
  @Produces("text/csv")
  public Response unmatchedCsv(@PathParam("centreId") String centreId) {
    UnmatchedReport r = reports.unmatched(centreId);
    StringBuilder csv =
        new StringBuilder(
            "section,reference,bksbUserId,username,firstName,lastName,email,reason,suggestions\r\n");
    for (UnmatchedReport.Learner l : r.learners()) {
      String suggestions =
          l.suggestions().stream()
              .map(s -> s.bksbUserId() + " " + s.username() + " (" + s.why() + ")")
              .collect(Collectors.joining("; "));
      row(
          csv,
          "learner",
          l.reference(),
          "",
          "",
          l.firstName(),
          l.lastName(),
          l.email(),
          l.reason() + (l.detail() == null ? "" : ": " + l.detail()),
          suggestions);
    }
    for (UnmatchedReport.BksbUser u : r.bksbUsers()) {
      row(
          csv,
          "bksbUser",
          "",
          String.valueOf(u.bksbUserId()),
          u.username(),
          u.firstName(),
          u.lastName(),
          u.email(),
          "linked to no learner of the centre",
          "");
    }
    return Response.ok(csv.toString())
        .header(
            "Content-Disposition", "attachment; filename=\"bksb-unmatched-" + centreId + ".csv\"")
        .build();
  }

  @GET
  @Path("bksb-results")
  @Produces(MediaType.APPLICATION_JSON)
  public ResultsReport results(@PathParam("centreId") String centreId, @BeanParam Filters f) {
    return reports.results(centreId, f.subject, f.type, f.level, f.from, f.to);
  }

  /** The query of BKSB Results: subject, type, level, from, to (all optional). */
  public static class Filters {
    @QueryParam("subject")
    String subject;

    @QueryParam("type")
    String type;

    @QueryParam("level")
    String level;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;
  }

  /** The rows of the results report as CSV; the level counts are left to the spreadsheet. */
  @GET
  @Path("bksb-results")
  @Produces("text/csv")
  public Response resultsCsv(@PathParam("centreId") String centreId, @BeanParam Filters f) {
    ResultsReport r = reports.results(centreId, f.subject, f.type, f.level, f.from, f.to);
    StringBuilder csv =
        new StringBuilder(
            "reference,firstName,lastName,kind,subject,type,level,result,percent,assessment,"
                + "completedAt\r\n");
    for (ResultsReport.Row x : r.rows()) {
      row(
          csv,
          x.reference(),
          x.firstName(),
          x.lastName(),
          x.kind(),
          x.subject(),
          x.type(),
          x.levelLabel(),
          x.result(),
          x.percent() == null ? "" : String.valueOf(x.percent()),
          x.assessmentName(),
          String.valueOf(x.completedAt()));
    }
    return Response.ok(csv.toString())
        .header("Content-Disposition", "attachment; filename=\"bksb-results-" + centreId + ".csv\"")
        .build();
  }

  private static void row(StringBuilder csv, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      csv.append(i == 0 ? "" : ",").append(quote(cells[i]));
    }
    csv.append("\r\n");
  }

  /**
   * RFC 4180 quoting; a leading =, +, -, @, TAB or CR is defused so spreadsheets show, not run, it
   * (spreadsheets skip a leading TAB or CR and then read a formula).
   */
  static String quote(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
