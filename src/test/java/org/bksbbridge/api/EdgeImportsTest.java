package org.bksbbridge.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HTTP stays at the edges: JAX-RS types appear only in the REST edge (this package and the
 * resources), in the bksb client (outbound HTTP) and in the sandbox (a bksb API of its own).
 * Services speak the domain, take typed inputs rather than JSON, and say no with {@code Refusal},
 * so the pages can call them too.
 */
class EdgeImportsTest {
  private static final Path MAIN = Path.of("src/main/java/org/bksbbridge");

  @Test
  void jaxRsTypesOnlyAtTheEdges() throws IOException {
    assertEquals(List.of(), offenders("import jakarta\\.ws\\.rs"));
  }

  @Test
  void noHttpStatusesOutsideTheRestEdge() throws IOException {
    // The old ApiException carried status codes into services; nothing may bring it back.
    assertEquals(List.of(), offenders("\\bApiException\\b"));
  }

  /**
   * The REST edge's package is for the REST edge: feature code (a batch job, a service) that needs
   * it would break when the API changes. The sandbox's own JAX-RS application answers with the same
   * error mappers, as an edge of its own; that one use is named here.
   */
  @Test
  void onlyTheRestEdgeUsesItsPackage() throws IOException {
    java.util.regex.Pattern use =
        java.util.regex.Pattern.compile("\\borg\\.bksbbridge\\.api\\.\\w+");
    List<String> found = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String file = MAIN.relativize(f).toString().replace('\\', '/');
        if (file.startsWith("api/") || file.endsWith("Resource.java")) {
          continue;
        }
        java.util.regex.Matcher m = use.matcher(Files.readString(f));
        while (m.find()) {
          if (!(file.equals("sandbox/SandboxApplication.java")
              && m.group().equals("org.bksbbridge.api.ErrorMappers"))) {
            found.add(file + ": " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  /**
   * JSON-P types are read at the edges (and by the readers beside resources, {@code *Json.java}),
   * written for stored columns and file formats that are JSON by nature, and nowhere else: a
   * service taking a {@code JsonObject} would make its other callers fake a request body.
   */
  @Test
  void jsonTypesOnlyAtTheEdgesAndInJsonFormats() throws IOException {
    List<String> formats =
        List.of(
            "imports/JsonRowSource.java", // the JSON learner import file
            "settings/Tags.java", // the stored tags column
            "web/ErrorResponses.java"); // the API's error body outside JAX-RS
    List<String> found =
        offenders("import jakarta\\.json\\.").stream()
            .map(f -> f.replace('\\', '/'))
            .filter(f -> !f.startsWith("json/") && !f.endsWith("Json.java"))
            .filter(f -> !formats.contains(f))
            .toList();
    assertEquals(List.of(), found);
  }

  private static List<String> offenders(String regex) throws IOException {
    java.util.regex.Pattern text = java.util.regex.Pattern.compile(regex);
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !atTheEdge(MAIN.relativize(f).toString().replace('\\', '/')))
          .filter(f -> contains(f, text))
          .map(f -> MAIN.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  private static boolean atTheEdge(String file) {
    return file.startsWith("api/")
        || file.startsWith("bksb/")
        || file.startsWith("sandbox/")
        || file.endsWith("Resource.java");
  }

  private static boolean contains(Path f, java.util.regex.Pattern text) {
    try {
      return text.matcher(Files.readString(f)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
