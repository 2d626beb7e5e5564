package org.bksbbridge.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Time against learners on log-log axes: each phase a solid line, its bound the same colour dashed,
 * so the gap between them is the ratio the table gives.
 */
final class BenchChart {
  private static final int W = 1060;
  private static final int H = 640;
  private static final int LEFT = 80;

  /** Room for the legend's longest name ("unchanged run, bksb 200 calls/s (+ bound)"). */
  private static final int RIGHT = 340;

  private static final int TOP = 40;
  private static final int BOTTOM = 60;
  private static final Color[] COLOURS = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x2ca02c),
    new Color(0x9467bd),
    new Color(0xff7f0e),
    new Color(0x8c564b),
    new Color(0x17becf),
    new Color(0x7f7f7f)
  };

  private BenchChart() {}

  static void write(List<BenchRow> rows, Path png) throws IOException {
    Map<String, List<double[]>> series = new TreeMap<>();
    Map<String, List<double[]>> bounds = new TreeMap<>();
    for (BenchRow r : rows) {
      if (r.phase().startsWith("refresh")
          || r.phase().startsWith("freshness")
          || r.seconds() <= 0) {
        continue;
      }
      series
          .computeIfAbsent(r.phase(), k -> new ArrayList<>())
          .add(new double[] {r.learners(), r.seconds()});
      if (r.boundSeconds() > 0) {
        bounds
            .computeIfAbsent(r.phase(), k -> new ArrayList<>())
            .add(new double[] {r.learners(), r.boundSeconds()});
      }
    }
    double minX = 1e18, maxX = 0, minY = 1e18, maxY = 0;
    for (var list : List.of(series, bounds)) {
      for (var pts : list.values()) {
        for (double[] p : pts) {
          minX = Math.min(minX, p[0]);
          maxX = Math.max(maxX, p[0]);
          minY = Math.min(minY, p[1]);
          maxY = Math.max(maxY, p[1]);
        }
      }
    }
    if (maxX == 0) {
      return;
    }
    double lx0 = Math.floor(Math.log10(minX)), lx1 = decadeAbove(lx0, maxX);
    double ly0 = Math.floor(Math.log10(minY)), ly1 = decadeAbove(ly0, maxY);
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    Axes a = new Axes(lx0, lx1, ly0, ly1);
    a.draw(g);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(
        "bksb-bridge at scale: seconds per phase (solid) and its bound (dashed)", LEFT, 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int i = 0;
    for (var e : series.entrySet()) {
      Color c = COLOURS[i % COLOURS.length];
      line(g, a, e.getValue(), c, false);
      if (bounds.containsKey(e.getKey())) {
        line(g, a, bounds.get(e.getKey()), c, true);
      }
      int y = TOP + 20 + i * 20;
      g.setColor(c);
      g.setStroke(new BasicStroke(2.5f));
      g.drawLine(W - RIGHT + 20, y - 4, W - RIGHT + 45, y - 4);
      g.setColor(Color.BLACK);
      g.drawString(
          e.getKey() + (bounds.containsKey(e.getKey()) ? " (+ bound)" : ""), W - RIGHT + 52, y);
      i++;
    }
    g.dispose();
    ImageIO.write(img, "png", png.toFile());
  }

  /** The first decade at or above {@code max}, at least one above {@code from}. */
  static double decadeAbove(double from, double max) {
    return Math.max(from + 1, Math.ceil(Math.log10(max) - 1e-9));
  }

  private static void line(Graphics2D g, Axes a, List<double[]> pts, Color c, boolean dashed) {
    pts.sort((p, q) -> Double.compare(p[0], q[0]));
    g.setColor(c);
    g.setStroke(
        dashed
            ? new BasicStroke(
                1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {6, 5}, 0)
            : new BasicStroke(2.5f));
    for (int k = 0; k < pts.size(); k++) {
      int x = a.x(pts.get(k)[0]);
      int y = a.y(pts.get(k)[1]);
      if (!dashed) {
        g.fillOval(x - 4, y - 4, 8, 8);
      }
      if (k > 0) {
        g.drawLine(a.x(pts.get(k - 1)[0]), a.y(pts.get(k - 1)[1]), x, y);
      }
    }
  }

  /** Decades of learners across, decades of seconds up. */
  private record Axes(double lx0, double lx1, double ly0, double ly1) {
    int x(double v) {
      return LEFT + (int) ((Math.log10(v) - lx0) / (lx1 - lx0) * (W - LEFT - RIGHT));
    }

    int y(double v) {
      return H - BOTTOM - (int) ((Math.log10(v) - ly0) / (ly1 - ly0) * (H - TOP - BOTTOM));
    }

    void draw(Graphics2D g) {
      g.setColor(Color.BLACK);
      g.drawLine(LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM);
      g.drawLine(LEFT, TOP, LEFT, H - BOTTOM);
      for (double d = lx0; d <= lx1; d++) {
        for (int m = 1; m < (d < lx1 ? 10 : 2); m++) {
          double v = m * Math.pow(10, d);
          int px = x(v);
          g.setColor(m == 1 ? Color.LIGHT_GRAY : new Color(0xeeeeee));
          g.drawLine(px, TOP, px, H - BOTTOM);
          if (m == 1 || m == 2 || m == 5) {
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%,.0f", v), px - 14, H - BOTTOM + 18);
          }
        }
      }
      for (double d = ly0; d <= ly1; d++) {
        int py = y(Math.pow(10, d));
        g.setColor(Color.LIGHT_GRAY);
        g.drawLine(LEFT, py, W - RIGHT, py);
        g.setColor(Color.BLACK);
        g.drawString(
            String.format(
                Locale.ROOT, d >= 0 ? "%,.0f s" : "%." + (int) -d + "f s", Math.pow(10, d)),
            8,
            py + 4);
      }
      g.drawString("learners", (LEFT + W - RIGHT) / 2 - 20, H - 20);
    }
  }
}
