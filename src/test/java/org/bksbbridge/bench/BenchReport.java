package org.bksbbridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's rows as a console table and a CSV file (the chart is {@link BenchChart}). */
final class BenchReport {
  private final List<BenchRow> rows = new ArrayList<>();

  void add(BenchRow row) {
    rows.add(row);
    System.out.println("BENCH " + line(row));
  }

  List<BenchRow> rows() {
    return rows;
  }

  String table() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%9s  %-34s %9s %9s  %-26s %9s %7s %6s  %-24s %s%n",
            "learners",
            "phase",
            "seconds",
            "calls",
            "bound",
            "bound s",
            "ratio",
            "heapMB",
            "target",
            "met"));
    rows.forEach(r -> b.append(line(r)).append('\n'));
    return b.toString();
  }

  private static String line(BenchRow r) {
    return String.format(
        Locale.ROOT,
        "%,9d  %-34s %9.2f %,9d  %-26s %9.2f %7s %6d  %-24s %s%s",
        r.learners(),
        r.phase(),
        r.seconds(),
        r.calls(),
        r.bound(),
        r.boundSeconds(),
        Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio()),
        r.peakHeapMb(),
        r.target(),
        r.met() == null ? "" : r.met() ? "yes" : "NO",
        r.note().isEmpty() ? "" : "  (" + r.note() + ")");
  }

  void writeCsv(Path file) throws IOException {
    StringBuilder b =
        new StringBuilder(
            "learners,phase,seconds,calls,bound,bound_seconds,ratio,peak_heap_mb,target,met,note\n");
    for (BenchRow r : rows) {
      b.append(r.learners())
          .append(',')
          .append(csv(r.phase()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", r.seconds()))
          .append(',')
          .append(r.calls())
          .append(',')
          .append(csv(r.bound()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", r.boundSeconds()))
          .append(',')
          .append(Double.isNaN(r.ratio()) ? "" : String.format(Locale.ROOT, "%.3f", r.ratio()))
          .append(',')
          .append(r.peakHeapMb())
          .append(',')
          .append(csv(r.target()))
          .append(',')
          .append(r.met() == null ? "" : r.met())
          .append(',')
          .append(csv(r.note()))
          .append('\n');
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
