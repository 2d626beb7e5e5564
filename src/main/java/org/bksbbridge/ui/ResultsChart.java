package org.bksbbridge.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bksbbridge.bksb.Level;
import org.bksbbridge.reports.ResultsReport;

/**
 * The cohort's levels per subject as the Results page shows them, once for the chart (JSON in a
 * data attribute, read by js/reports-results.js) and once as the table and the text that stand for
 * it: the same figures from the same report. Levels go lowest first, as bksb ranks them.
 */
public final class ResultsChart {
  /** A level that occurs in the report: its code and label. */
  public record Column(String code, String label) {}

  /** A subject's counts, one per column, and their total. */
  public record Row(String subject, String label, List<Integer> counts, int total) {}

  private final List<Column> columns;
  private final List<Row> rows;

  ResultsChart(ResultsReport report) {
    Map<String, Map<String, Integer>> by = report.levelsBySubject();
    columns =
        Arrays.stream(Level.values())
            .filter(l -> by.values().stream().anyMatch(m -> m.containsKey(l.name())))
            .map(l -> new Column(l.name(), l.label()))
            .toList();
    rows = new ArrayList<>();
    by.forEach(
        (subject, counts) -> {
          List<Integer> n = columns.stream().map(c -> counts.getOrDefault(c.code(), 0)).toList();
          rows.add(
              new Row(subject, label(subject), n, n.stream().mapToInt(Integer::intValue).sum()));
        });
  }

  List<Column> columns() {
    return columns;
  }

  List<Row> rows() {
    return rows;
  }

  /** The chart's figures in words, for its text alternative. */
  String summary() {
    if (rows.isEmpty()) {
      return "No results to chart.";
    }
    return rows.stream()
        .map(
            r ->
                r.label()
                    + ": "
                    + columns.stream()
                        .filter(c -> r.counts().get(columns.indexOf(c)) > 0)
                        .map(c -> r.counts().get(columns.indexOf(c)) + " at " + c.label())
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  /** Our subjects by their usual names; others (bksb's own course names) as bksb sent them. */
  static String label(String subject) {
    return switch (subject) {
      case "ENGLISH" -> "English";
      case "MATHS" -> "Maths";
      case "ICT" -> "Digital (ICT)";
      default -> subject;
    };
  }
}
