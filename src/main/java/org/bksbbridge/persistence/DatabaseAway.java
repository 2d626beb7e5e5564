package org.bksbbridge.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database could not be reached (stopped, restarting, failing over, the
 * network to it down) rather than a fault in the request: then pages and the API answer 503 saying
 * so, and jobs are failed and restarted once it is back, instead of an internal error.
 */
public final class DatabaseAway {
  private DatabaseAway() {}

  /**
   * A connection failure anywhere in the chain: SQLState class 08 (connection exception), the JDBC
   * connection exception types, PostgreSQL's 57P01 to 57P03 (the server shutting down or starting),
   * or a refused connection.
   */
  public static boolean in(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException s && away(s.getSQLState())) {
        return true;
      }
      if (t instanceof SQLException s && s.getNextException() != null && in(s.getNextException())) {
        return true;
      }
    }
    return false;
  }

  private static boolean away(String state) {
    return state != null
        && (state.startsWith("08")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03"));
  }
}
