package org.bksbbridge.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The chart's figures as the page's script reads them from the chart's {@code data-chart} attribute
 * (js/reports-results.js): {"subjects": [labels], "levels": [{"code", "label", "counts": [one per
 * subject]}]}, levels lowest first.
 */
final class ResultsChartJson {
  private ResultsChartJson() {}

  static String of(ResultsChart chart) {
    List<ResultsChart.Row> rows = chart.rows();
    List<ResultsChart.Column> columns = chart.columns();
    JsonArrayBuilder subjects = Json.createArrayBuilder();
    rows.forEach(r -> subjects.add(r.label()));
    JsonArrayBuilder levels = Json.createArrayBuilder();
    for (int i = 0; i < columns.size(); i++) {
      JsonArrayBuilder counts = Json.createArrayBuilder();
      int at = i;
      rows.forEach(r -> counts.add(r.counts().get(at)));
      levels.add(
          Json.createObjectBuilder()
              .add("code", columns.get(i).code())
              .add("label", columns.get(i).label())
              .add("counts", counts));
    }
    return Json.createObjectBuilder()
        .add("subjects", subjects)
        .add("levels", levels)
        .build()
        .toString();
  }
}
