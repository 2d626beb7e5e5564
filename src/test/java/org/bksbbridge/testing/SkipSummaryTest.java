package org.bksbbridge.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkipSummaryTest {
  /** Run by the test below only (a nested class that is not @Nested is not discovered alone). */
  static class Browserless {
    @Test
    void one() {
      Assumptions.abort("no browser");
    }

    @Test
    void two() {
      Assumptions.abort("no browser");
    }

    @Test
    void ran() {}
  }

  @Disabled("no database")
  static class Databaseless {
    @Test
    void a() {}

    @Test
    void b() {}

    @Test
    void c() {}
  }

  @Test
  void oneLinePerReasonCountingEachTestOfASkippedClass() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    SkipSummary summary = new SkipSummary(new PrintStream(printed, true, StandardCharsets.UTF_8));
    LauncherFactory.create(
            LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(summary)
                .build())
        .execute(
            LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Browserless.class), selectClass(Databaseless.class))
                .build());
    assertEquals(
        List.of("[SKIPPED] 2 tests skipped: no browser", "[SKIPPED] 3 tests skipped: no database"),
        printed.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
