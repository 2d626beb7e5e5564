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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The reports as JSON or CSV (by Accept), and as CSV files at {@code .csv} paths for links in pages
 * (a browser following a link cannot ask for text/csv). JSON unless CSV is asked for: the CSV
 * methods' lower server quality ({@code qs}) makes a request that accepts anything ({@code *}{@code
 * /*}, or no Accept at all) get JSON from every report, not whichever method the runtime met first.
 */
@Tag(name = "Reports", description = "BKSB Results and BKSB Unmatched, as JSON or CSV")
@Path("centres/{centreId}/reports")
@RequestScoped
public class ReportResource {
  private static final String CSV = "text/csv;charset=UTF-8";

  /** CSV for a request that names text/csv; JSON (quality 1) wins where both would do. */
  private static final String CSV_ON_REQUEST = "text/csv;qs=0.5";

  @Inject ReportService reports;

  /** The whole report, or with {@code section} one of its lists, filtered and paged. */
  @Operation(
      operationId = "getUnmatchedReport",
      summary = "BKSB Unmatched: learners with no bksb user, and bksb users with no learner",
      description =
          "Without section, the whole report (UnmatchedReport); with section, one of its lists"
              + " filtered and paged (ReportPage). Accept: text/csv gives the same as CSV.")
  @APIResponse(
      responseCode = "200",
      description = "The report, or one section's page",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(anyOf = {UnmatchedReport.class, ReportPage.class})),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
      })
  @GET
  @Path("bksb-unmatched")
  @Produces(MediaType.APPLICATION_JSON)
  public Object unmatched(@PathParam("centreId") String centreId, @BeanParam UnmatchedParams p) {
    UnmatchedQuery q = p.query();
    return q.any() ? reports.unmatchedSection(centreId, q) : reports.unmatched(centreId);
  }

  /** The same report as one CSV table, a section column first, for spreadsheets. */
  @Operation(hidden = true)
  @GET
  @Path("bksb-unmatched")
  @Produces(CSV_ON_REQUEST)
  public Response unmatchedCsv(
      @PathParam("centreId") String centreId, @BeanParam UnmatchedParams p) {
    return unmatchedDownload(centreId, p.query());
  }

  @Operation(operationId = "downloadUnmatchedReport", summary = "BKSB Unmatched as a CSV file")
  @APIResponse(
      responseCode = "200",
      description = "One CSV table, a section column first",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
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
    @Parameter(
        description = "One list: learners or bksbUsers",
        schema = @Schema(enumeration = {"learners", "bksbUsers"}))
    String section;

    @QueryParam("q")
    @Parameter(description = "Text a row must contain (name, email, username)")
    String q;

    @QueryParam("reason")
    @Parameter(description = "Only learners held back for this reason")
    String reason;

    @QueryParam("page")
    @Parameter(description = "From 1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    String page;

    @QueryParam("size")
    @Parameter(
        description = "Rows a page",
        schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
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

  @Operation(
      operationId = "getResultsReport",
      summary = "BKSB Results: each learner's latest initial level by subject",
      description = "Accept: text/csv gives the rows as CSV.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ResultsReport.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
      })
  @GET
  @Path("bksb-results")
  @Produces(MediaType.APPLICATION_JSON)
  public ResultsReport results(@PathParam("centreId") String centreId, @BeanParam Filters f) {
    return f.report(reports, centreId);
  }

  /** The query of BKSB Results: subject, type, level, from, to, kind (all optional). */
  public static class Filters {
    @QueryParam("subject")
    @Parameter(description = "ENGLISH, MATHS or ICT")
    String subject;

    @QueryParam("type")
    @Parameter(description = "INITIAL (default) or DIAGNOSTIC")
    String type;

    @QueryParam("level")
    @Parameter(description = "A level's name, as in Level 1")
    String level;

    @QueryParam("from")
    @Parameter(
        description = "Completed on or after",
        schema = @Schema(type = SchemaType.STRING, format = "date"))
    String from;

    @QueryParam("to")
    @Parameter(
        description = "Completed on or before",
        schema = @Schema(type = SchemaType.STRING, format = "date"))
    String to;

    @QueryParam("kind")
    @Parameter(description = "LEARNER or APPLICANT")
    String kind;

    ResultsReport report(ReportService reports, String centreId) {
      return reports.results(centreId, subject, type, level, from, to, kind);
    }
  }

  /** The rows of the results report as CSV; the level counts are left to the spreadsheet. */
  @Operation(hidden = true)
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

  @Operation(operationId = "downloadResultsReport", summary = "BKSB Results' rows as a CSV file")
  @APIResponse(
      responseCode = "200",
      description = "The rows, for a spreadsheet",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
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
