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
    assertEquals("\"'=1+2\"", ReportResource.quote("=1+2"));
    assertEquals("\"'@SUM(A1)\"", ReportResource.quote("@SUM(A1)"));
    assertEquals("\"'\t=cmd\"", ReportResource.quote("\t=cmd"));
    assertEquals("\"'\r=cmd\"", ReportResource.quote("\r=cmd"));
    assertEquals("\"Ada \"\"A\"\"\"", ReportResource.quote("Ada \"A\""));
    assertEquals("", ReportResource.quote(null));
  }
}
