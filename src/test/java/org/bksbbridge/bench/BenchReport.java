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

  /** The rows of a CSV this class wrote, to draw a run's chart again without running it. */
  static List<BenchRow> readCsv(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<BenchRow> read = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      if (f.size() != 11) {
        throw new IOException(file + ": not a row of 11 fields: " + line);
      }
      read.add(
          new BenchRow(
              Integer.parseInt(f.get(0)),
              f.get(1),
              Double.parseDouble(f.get(2)),
              Long.parseLong(f.get(3)),
              f.get(4),
              Double.parseDouble(f.get(5)),
              Long.parseLong(f.get(7)),
              f.get(8),
              f.get(9).isEmpty() ? null : Boolean.valueOf(f.get(9)),
              f.get(10)));
    }
    return read;
  }

  /** A CSV line's fields, quotes as {@link #csv} writes them. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        f.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
