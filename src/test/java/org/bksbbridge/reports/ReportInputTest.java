package org.bksbbridge.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

/** The reports' pure edges: the dates a filter accepts and the CSV cells spreadsheets read. */
class ReportInputTest {
  @Test
  void extremeYearsAreAFieldErrorNotAQuery() {
    Refusal e =
        assertThrows(
            Refusal.class,
            () ->
                ResultsReportFilters.parse(
                    null, null, null, "-999999999-01-01", "+999999999-12-31"));
    assertEquals(Refusal.Kind.INVALID, e.kind());
    assertEquals("must be a date between 1900 and 9999", e.fields().get("from"));
    assertEquals("must be a date between 1900 and 9999", e.fields().get("to"));
    assertEquals(
        LocalDate.of(1900, 1, 1),
        ResultsReportFilters.parse(null, null, null, "1900-01-01", "9999-12-31").from());
  }

  @Test
  void everyFormulaStartIsDefused() {
    assertEquals("\"'=1+2\"", ReportCsv.quote("=1+2"));
    assertEquals("\"'@SUM(A1)\"", ReportCsv.quote("@SUM(A1)"));
    assertEquals("\"'\t=cmd\"", ReportCsv.quote("\t=cmd"));
    assertEquals("\"'\r=cmd\"", ReportCsv.quote("\r=cmd"));
    assertEquals("\"Ada \"\"A\"\"\"", ReportCsv.quote("Ada \"A\""));
    assertEquals("", ReportCsv.quote(null));
  }

  @Test
  void anUnmatchedSectionIsCheckedFieldByField() {
    UnmatchedQuery.Checked q =
        new UnmatchedQuery("Learners", "  Jo.Smith ", "email_not_verified", "2", "10").check();
    assertEquals(UnmatchedQuery.Section.LEARNERS, q.section());
    assertEquals("jo.smith", q.text());
    assertEquals(UnmatchedReason.EMAIL_NOT_VERIFIED, q.reason());
    assertEquals(10, q.offset());
    assertEquals(
        UnmatchedQuery.DEFAULT_SIZE,
        new UnmatchedQuery("bksbUsers", null, null, null, null).check().size());
    Refusal e =
        assertThrows(
            Refusal.class,
            () -> new UnmatchedQuery("bksbUsers", null, "nope", "0", "5000").check());
    assertEquals(java.util.Set.of("reason", "page", "size"), e.fields().keySet());
    Refusal none =
        assertThrows(Refusal.class, () -> new UnmatchedQuery(null, "x", null, null, null).check());
    assertEquals(java.util.Set.of("section"), none.fields().keySet());
    Refusal users =
        assertThrows(
            Refusal.class,
            () -> new UnmatchedQuery("bksbUsers", null, "NO_EMAIL", null, null).check());
    assertEquals("applies to the learners section only", users.fields().get("reason"));
  }
}
