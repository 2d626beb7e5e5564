package org.bksbbridge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The database bound of a phase: the rows it wrote, inserted again by raw JDBC batches of 1,000
 * into an empty copy of their table (same columns, same indexes) in the same database. Only the
 * inserts and commits are timed, not reading the rows back.
 */
final class RawInsertBound {
  private static final int BATCH = 1000;

  private RawInsertBound() {}

  /** Seconds to insert every row of the tables, one after the other. */
  static double seconds(String url, String... tables) throws SQLException {
    double total = 0;
    for (String t : tables) {
      total += table(url, t.toUpperCase(Locale.ROOT));
    }
    return total;
  }

  private static double table(String url, String table) throws SQLException {
    String copy = "BOUND_" + table;
    try (Connection read = DriverManager.getConnection(url);
        Connection write = DriverManager.getConnection(url)) {
      try (Statement st = write.createStatement()) {
        st.execute("create table " + copy + " as select * from " + table + " with no data");
        int n = 0;
        for (Map.Entry<String, String> ix : indexes(write, table).entrySet()) {
          st.execute(ix.getValue().replace("%NAME%", "BX" + n++ + "_" + copy).replace("%T%", copy));
        }
      }
      write.setAutoCommit(false);
      long nanos = 0;
      try (Statement st = read.createStatement();
          ResultSet rs = st.executeQuery("select * from " + table);
          PreparedStatement ins =
              write.prepareStatement(insert(copy, rs.getMetaData().getColumnCount()))) {
        int cols = rs.getMetaData().getColumnCount();
        int pending = 0;
        while (rs.next()) {
          for (int c = 1; c <= cols; c++) {
            ins.setObject(c, rs.getObject(c), rs.getMetaData().getColumnType(c));
          }
          ins.addBatch();
          if (++pending == BATCH) {
            long t = System.nanoTime();
            ins.executeBatch();
            write.commit();
            nanos += System.nanoTime() - t;
            pending = 0;
          }
        }
        long t = System.nanoTime();
        ins.executeBatch();
        write.commit();
        nanos += System.nanoTime() - t;
      }
      write.setAutoCommit(true);
      try (Statement st = write.createStatement()) {
        st.execute("drop table " + copy);
      }
      return nanos / 1e9;
    }
  }

  private static String insert(String table, int columns) {
    return "insert into " + table + " values (" + "?,".repeat(columns - 1) + "?)";
  }

  /** The table's indexes as statements with %NAME% and %T% to fill in. */
  private static Map<String, String> indexes(Connection c, String table) throws SQLException {
    Map<String, List<String>> columns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        if (name == null) {
          continue;
        }
        columns.computeIfAbsent(name, k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
        unique.put(name, !rs.getBoolean("NON_UNIQUE"));
      }
    }
    Map<String, String> out = new TreeMap<>();
    columns.forEach(
        (name, cols) ->
            out.put(
                name,
                "create "
                    + (unique.get(name) ? "unique " : "")
                    + "index %NAME% on %T% ("
                    + String.join(",", cols)
                    + ")"));
    return out;
  }
}
