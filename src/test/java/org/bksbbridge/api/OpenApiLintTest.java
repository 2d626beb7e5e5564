package org.bksbbridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document linted as an MIS developer would try it: Redocly CLI's recommended rules,
 * with no error and no warning. Redocly runs through npx (Node.js), pinned to one version; without
 * Node.js the test skips saying so, unless -Dopenapi.lint.required=true (CI) fails it.
 */
class OpenApiLintTest {
  static final String REDOCLY = "@redocly/cli@2.77.0";

  @Test
  void redoclysRecommendedRulesFindNothing() throws Exception {
    Path document = Path.of("target", "classes", "org", "bksbbridge", "api", "openapi.json");
    assertTrue(Files.isRegularFile(document), "the build makes " + document);
    if (!onPath("npx")) {
      String missing = "npx (Node.js) is not on the PATH: apt-get install nodejs npm";
      if (Boolean.getBoolean("openapi.lint.required")) {
        Assertions.fail(missing + "; openapi.lint.required=true makes this a failure");
      }
      Assumptions.abort(missing + "; skipping the OpenAPI lint");
    }
    Path log = Files.createTempFile(Path.of("target"), "redocly", ".log");
    Process lint =
        new ProcessBuilder(
                List.of(
                    "npx",
                    "--yes",
                    REDOCLY,
                    "lint",
                    "--extends",
                    "recommended",
                    "--format",
                    "stylish",
                    document.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "Redocly finished in 5 minutes");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, lint.exitValue(), out);
    assertTrue(!out.contains(" warning "), "no warning:\n" + out);
    assertTrue(out.contains("Your API description is valid"), out);
  }

  private static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (new File(dir, command).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
