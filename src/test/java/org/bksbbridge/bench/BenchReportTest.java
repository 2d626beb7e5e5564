package org.bksbbridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
  @TempDir Path dir;

  @Test
  void aWrittenCsvReadsBackAsTheSameRows() throws Exception {
    List<BenchRow> rows =
        List.of(
            new BenchRow(
                100_000,
                "results first run",
                1216.375,
                450_000,
                "max(HTTP 1125.0, DB 56.9)",
                1125.0,
                156,
                "<= 1.15x bound",
                true,
                "540,000 results, \"fewest\" calls"),
            new BenchRow(10_000, "match", 1.625, 0, "DB 0.4", 0.375, 163, "linear", null, ""),
            new BenchRow(30_000, "get-users", 5.5, 150, "", 0, 141, "", false, "a, b"));
    BenchReport report = new BenchReport();
    rows.forEach(report::add);
    Path csv = dir.resolve("provider.csv");
    report.writeCsv(csv);

    assertEquals(rows, BenchReport.readCsv(csv));
  }

  @Test
  void theChartEndsAtTheDecadeOfItsLargestFigure() {
    assertEquals(5, BenchChart.decadeAbove(4, 100_000), "100,000 ends the axis, not 1,000,000");
    assertEquals(6, BenchChart.decadeAbove(4, 120_000));
    assertEquals(4, BenchChart.decadeAbove(3, 1216));
    assertEquals(5, BenchChart.decadeAbove(4, 10_000), "one scale still gets a decade");
  }
}
