package org.bksbbridge.persistence;

import java.sql.SQLException;

/**
 * Whether a failure is the database rolling a transaction back to break a deadlock or a lock wait
 * (SQL state class 40: Derby's 40001 and 40XL1, PostgreSQL's 40001 and 40P01). Such a transaction
 * did nothing and may simply run again.
 */
public final class RolledBack {
  private RolledBack() {}

  public static boolean byDatabase(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      for (SQLException s = t instanceof SQLException e ? e : null;
          s != null;
          s = s.getNextException()) {
        if (s.getSQLState() != null && s.getSQLState().startsWith("40")) {
          return true;
        }
      }
    }
    return false;
  }
}
