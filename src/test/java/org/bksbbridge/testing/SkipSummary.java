package org.bksbbridge.testing;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console, at the end of each test JVM (surefire's and failsafe's), how many tests were
 * skipped and why, one line per reason: before, the reasons were only in the XML reports, and
 * "Skipped: 42" alone hid a missing browser or database. Counts tests skipped by a condition (a
 * skipped class counts each of its tests) and tests aborted by an assumption. Registered through
 * META-INF/services.
 */
public class SkipSummary implements TestExecutionListener {
  private final Map<String, Integer> byReason = new TreeMap<>();
  private final PrintStream out;
  private TestPlan plan;

  public SkipSummary() {
    this(System.out);
  }

  SkipSummary(PrintStream out) {
    this.out = out;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    plan = testPlan;
    byReason.clear();
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    count(reason, tests(id));
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String reason =
          result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("aborted");
      count(reason.replaceFirst("^Assumption failed: ", ""), tests(id));
    }
  }

  @Override
  public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
    byReason.forEach(
        (reason, n) ->
            out.println("[SKIPPED] " + n + (n == 1 ? " test" : " tests") + " skipped: " + reason));
  }

  private void count(String reason, int tests) {
    if (tests > 0) {
      byReason.merge(
          reason == null || reason.isBlank() ? "no reason given" : reason, tests, Integer::sum);
    }
  }

  /** The tests in a skipped container (its children never start, so they are not reported). */
  private int tests(TestIdentifier id) {
    if (id.isTest()) {
      return 1;
    }
    return plan == null
        ? 0
        : plan.getDescendants(id).stream().mapToInt(d -> d.isTest() ? 1 : 0).sum();
  }
}
