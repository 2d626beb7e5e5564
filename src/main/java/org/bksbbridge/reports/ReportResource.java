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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The reports as JSON or CSV (by Accept), and as CSV files at {@code .csv} paths for links in pages
 * (a browser following a link cannot ask for text/csv). JSON unless CSV is asked for: the CSV
 * methods' lower server quality ({@code qs}) makes a request that accepts anything ({@code *}{@code
 * /*}, or no Accept at all) get JSON from every report, not whichever method the runtime met first.
 */
@Path("centres/{centreId}/reports")
@RequestScoped
public class ReportResource {
  private static final String CSV = "text/csv;charset=UTF-8";

  /** CSV for a request that names text/csv; JSON (quality 1) wins where both would do. */
  private static final String CSV_ON_REQUEST = "text/csv;qs=0.5";

  @Inject ReportService reports;

  /** The whole report, or with {@code section} one of its lists, filtered and paged. */
  @GET
  @Path("bksb-unmatched")
  @Produces(MediaType.APPLICATION_JSON)
  public Object unmatched(@PathParam("centreId") String centreId, @BeanParam UnmatchedParams p) {
    UnmatchedQuery q = p.query();
    return q.any() ? reports.unmatchedSection(centreId, q) : reports.unmatched(centreId);
  }

  /** The same report as one CSV table, a section column first, for spreadsheets. */
  @GET
  @Path("bksb-unmatched")
  @Produces(CSV_ON_REQUEST)
  public Response unmatchedCsv(
      @PathParam("centreId") String centreId, @BeanParam UnmatchedParams p) {
    return unmatchedDownload(centreId, p.query());
  }

  @GET
  @Path("bksb-unmatched.csv")
  @Produces("text/csv")
  public Response unmatchedCsvFile(
      @PathParam("centreId") String centreId, @BeanParam UnmatchedParams p) {
    return unmatchedDownload(centreId, p.query());
  }

  /** The query of BKSB Unmatched's lists (all optional; without them, the whole report). */
  public static class UnmatchedParams {
    @QueryParam("section")
    String section;

    @QueryParam("q")
    String q;

    @QueryParam("reason")
    String reason;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    UnmatchedQuery query() {
      return new UnmatchedQuery(section, q, reason, page, size);
    }
  }

  /** Without a section, both lists as before; with one, every row the filters keep, streamed. */
  private Response unmatchedDownload(String centreId, UnmatchedQuery q) {
    String name = "bksb-unmatched-" + centreId;
    if (!q.any()) {
      UnmatchedReport r = reports.unmatched(centreId);
      return csv(
          name,
          out -> {
            ReportCsv.write(out, ReportCsv.UNMATCHED_HEADER);
            r.learners().forEach(l -> ReportCsv.write(out, ReportCsv.learner(l)));
            r.bksbUsers().forEach(u -> ReportCsv.write(out, ReportCsv.bksbUser(u)));
          });
    }
    ReportService.UnmatchedRows rows = reports.unmatchedRows(centreId, q);
    return csv(
        name + "-" + rows.section().param(),
        out -> {
          ReportCsv.write(out, ReportCsv.UNMATCHED_HEADER);
          if (rows.learners() != null) {
            rows.learners().forEach(l -> ReportCsv.write(out, ReportCsv.learner(l)));
          } else {
            rows.bksbUsers().forEach(u -> ReportCsv.write(out, ReportCsv.bksbUser(u)));
          }
        });
  }

  @GET
  @Path("bksb-results")
  @Produces(MediaType.APPLICATION_JSON)
  public ResultsReport results(@PathParam("centreId") String centreId, @BeanParam Filters f) {
    return f.report(reports, centreId);
  }

  /** The query of BKSB Results: subject, type, level, from, to, kind (all optional). */
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

    @QueryParam("kind")
    String kind;

    ResultsReport report(ReportService reports, String centreId) {
      return reports.results(centreId, subject, type, level, from, to, kind);
    }
  }

  /** The rows of the results report as CSV; the level counts are left to the spreadsheet. */
  @GET
  @Path("bksb-results")
  @Produces(CSV_ON_REQUEST)
  public Response resultsCsv(@PathParam("centreId") String centreId, @BeanParam Filters f) {
    ResultsReport r = f.report(reports, centreId);
    return csv(
        "bksb-results-" + centreId,
        out -> {
          ReportCsv.write(out, ReportCsv.RESULTS_HEADER);
          r.rows().forEach(x -> ReportCsv.write(out, ReportCsv.result(x)));
        });
  }

  @GET
  @Path("bksb-results.csv")
  @Produces("text/csv")
  public Response resultsCsvFile(@PathParam("centreId") String centreId, @BeanParam Filters f) {
    return resultsCsv(centreId, f);
  }

  /** A CSV attachment written as it streams; the caller was checked before this is built. */
  private static Response csv(String name, Consumer<Writer> body) {
    StreamingOutput stream =
        output -> {
          Writer out =
              new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
          body.accept(out);
          out.flush();
        };
    return Response.ok(stream, CSV)
        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
        .build();
  }
}
