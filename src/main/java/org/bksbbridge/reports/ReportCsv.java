package org.bksbbridge.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * The reports as CSV, one line at a time (so a download can stream): RFC 4180 quoting, cells that a
 * spreadsheet would run as a formula defused. "BKSB Unmatched" is one table with a section column
 * first, whether it holds both lists or one.
 */
final class ReportCsv {
  static final String UNMATCHED_HEADER =
      "section,reference,bksbUserId,username,firstName,lastName,email,reason,suggestions";
  static final String RESULTS_HEADER =
      "reference,firstName,lastName,kind,subject,type,level,result,percent,assessment,completedAt";

  private ReportCsv() {}

  static String learner(UnmatchedReport.Learner l) {
    String suggestions =
        l.suggestions().stream()
            .map(s -> s.bksbUserId() + " " + s.username() + " (" + s.why() + ")")
            .collect(Collectors.joining("; "));
    return line(
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

  static String bksbUser(UnmatchedReport.BksbUser u) {
    return line(
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

  static String result(ResultsReport.Row x) {
    return line(
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

  /** Writes a line and its CRLF, for walks that cannot throw checked exceptions. */
  static void write(Writer out, String line) {
    try {
      out.write(line);
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String line(String... cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      b.append(i == 0 ? "" : ",").append(quote(cells[i]));
    }
    return b.toString();
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
