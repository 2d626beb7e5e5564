package org.bksbbridge.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A database schema as JDBC metadata describes it: per table its columns (type, size, nullable) and
 * its indexes (unique or not, columns in order), names in lower case, so two ways of making a
 * schema can be compared. Flyway's history table is left out.
 */
record SchemaShape(Map<String, List<String>> columns, Map<String, List<String>> indexes) {

  static SchemaShape read(String url, String user, String password) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      DatabaseMetaData meta = c.getMetaData();
      String schema = c.getSchema();
      Map<String, List<String>> columns = new TreeMap<>();
      Map<String, List<String>> indexes = new TreeMap<>();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String t = rs.getString("TABLE_NAME");
          if (!t.equalsIgnoreCase(Migrations.HISTORY)) {
            tables.add(t);
          }
        }
      }
      for (String t : tables) {
        String table = t.toLowerCase(Locale.ROOT);
        TreeSet<String> cols = new TreeSet<>();
        try (ResultSet rs = meta.getColumns(null, schema, t, "%")) {
          while (rs.next()) {
            cols.add(
                rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                    + " "
                    + rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT)
                    + "("
                    + rs.getInt("COLUMN_SIZE")
                    + ")"
                    + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : ""));
          }
        }
        columns.put(table, List.copyOf(cols));
        Map<String, TreeMap<Integer, String>> byIndex = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, t, false, false)) {
          while (rs.next()) {
            String name = rs.getString("INDEX_NAME");
            if (name == null) {
              continue;
            }
            // Primary keys' and constraints' indexes are named by the database (SQL0801...,
            // x_pkey): named by their columns instead, so generated names do not differ.
            byIndex
                .computeIfAbsent(name, n -> new TreeMap<>())
                .put(
                    rs.getInt("ORDINAL_POSITION"),
                    rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)
                        + (" D".equals(" " + rs.getString("ASC_OR_DESC")) ? " desc" : ""));
            unique.put(name, !rs.getBoolean("NON_UNIQUE"));
          }
        }
        TreeSet<String> idx = new TreeSet<>();
        byIndex.forEach(
            (name, parts) -> {
              String n = name.toLowerCase(Locale.ROOT);
              boolean generated = n.startsWith("sql") || n.endsWith("_pkey");
              idx.add(
                  (unique.get(name) ? "unique " : "")
                      + (generated ? "" : n + " ")
                      + String.join(",", parts.values()));
            });
        indexes.put(table, List.copyOf(idx));
      }
      return new SchemaShape(columns, indexes);
    }
  }
}
