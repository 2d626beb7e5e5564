package org.bksbbridge.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the run of the jobs' tests on PostgreSQL ({@code se.db.url} set): skips them, saying why, when
 * the server cannot be reached, or fails them when {@code postgres.required} is set (CI).
 * Registered for every test class (META-INF/services); elsewhere it does nothing.
 */
public class PostgresCondition implements ExecutionCondition {
  private static volatile String unreachable;
  private static volatile boolean checked;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = System.getProperty("se.db.url", "");
    if (url.isBlank()) {
      return ConditionEvaluationResult.enabled("Derby in memory");
    }
    String why = check(url);
    if (why == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
    }
    if (Boolean.getBoolean("postgres.required")) {
      throw new IllegalStateException(why + ", and postgres.required is set");
    }
    return ConditionEvaluationResult.disabled(
        why + ": the jobs' tests on PostgreSQL are skipped (.ci/run starts one and requires it)");
  }

  private static synchronized String check(String url) {
    if (!checked) {
      try (var c =
          DriverManager.getConnection(
              url, System.getProperty("se.db.user"), System.getProperty("se.db.password"))) {
        unreachable = null;
      } catch (SQLException e) {
        unreachable = "PostgreSQL is not reachable at " + url + " (" + e.getMessage() + ")";
      }
      checked = true;
    }
    return unreachable;
  }
}
