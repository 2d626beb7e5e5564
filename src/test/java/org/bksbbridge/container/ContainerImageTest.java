package org.bksbbridge.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bksbbridge.container.Dockerfile.Instruction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile as the issue asks for it, checked where no image can be built (no registry here):
 * the official Open Liberty UBI image of the pom's Liberty version, a non-root user, features
 * installed before the application is copied in, no dev settings and nothing secret copied, and
 * every source one that {@code mvn package} stages and {@code .dockerignore} lets through. {@code
 * ContainerImageIT} checks after the package phase that those sources exist.
 */
class ContainerImageTest {
  /** What the pom stages under target/ for the image, and how the pom says so. */
  static final Map<String, String> STAGED =
      Map.of(
          "target/bksb-bridge.war", "<finalName>bksb-bridge</finalName>",
          "target/liberty-production/",
              "<outputDirectory>${project.build.directory}/liberty-production</outputDirectory>",
          "target/jdbc/", "<outputDirectory>${project.build.directory}/jdbc</outputDirectory>");

  static Dockerfile docker;
  static String pom;

  @BeforeAll
  static void read() throws IOException {
    docker = Dockerfile.read();
    pom = Files.readString(Path.of("pom.xml"));
  }

  private static String pomProperty(String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(pom);
    assertTrue(m.find(), name);
    return m.group(1);
  }

  @Test
  void fromTheOfficialOpenLibertyUbiKernelSlimJava17ImageOfThePomsVersion() {
    List<Instruction> from = docker.all("FROM");
    assertEquals(1, from.size(), "one stage: " + from);
    assertEquals(
        "icr.io/appcafe/open-liberty:"
            + pomProperty("liberty.runtime.version")
            + "-kernel-slim-java17-openj9-ubi",
        from.get(0).args());
  }

  @Test
  void runsAsTheImagesNonRootUserAndOwnsWhatItCopies() {
    List<Instruction> users = docker.all("USER");
    assertFalse(users.isEmpty(), "USER is said explicitly");
    users.forEach(u -> assertEquals("1001", u.args(), "never root: " + u));
    assertEquals(
        "USER", docker.instructions().get(docker.instructions().size() - 1).keyword(), "last");
    for (Instruction copy : docker.all("COPY")) {
      assertTrue(copy.flags().contains("--chown=1001:0"), copy.toString());
    }
  }

  @Test
  void featuresAreInstalledFromTheConfigurationBeforeTheApplicationComesThenConfigured() {
    int config = docker.indexOf("COPY", "target/liberty-production/");
    int features = docker.indexOf("RUN", "features.sh");
    int war = docker.indexOf("COPY", "target/bksb-bridge.war");
    int configure = docker.indexOf("RUN", "configure.sh");
    assertTrue(config >= 0 && features > config, "server.xml is there when features.sh reads it");
    assertTrue(war > features, "the WAR after the features: a code change keeps their layer");
    assertTrue(configure > war, "configure.sh last, with everything in place");
    int ldap = docker.indexOf("COPY", "container/registry-features.xml");
    assertTrue(ldap >= 0 && ldap < features, "the LDAP registry's feature is installed too");
    assertEquals("/config/", docker.instructions().get(config).destination());
    assertEquals("/config/apps/bksb-bridge.war", docker.instructions().get(war).destination());
  }

  @Test
  void noDevSettingsNoGeneratedServerFilesAndNoSecretAreCopiedOrSet() {
    Set<String> forbidden =
        Set.of(
            "configdropins",
            "dev.xml",
            "server.env",
            "bootstrap.properties",
            "keystore",
            ".p12",
            ".jks",
            "ltpa",
            "target/liberty/");
    for (Instruction copy : docker.all("COPY")) {
      for (String source : copy.sources()) {
        String s = source.toLowerCase(Locale.ROOT);
        forbidden.forEach(f -> assertFalse(s.contains(f), source + " is copied"));
      }
      assertFalse(copy.destination().contains("configDropins/overrides"), copy.toString());
      assertFalse(copy.flags().stream().anyMatch(f -> f.startsWith("--from")), copy.toString());
    }
    Pattern secretName =
        Pattern.compile("(PASSWORD|SECRET|_KEY|TOKEN)\\w*\\s*=", Pattern.CASE_INSENSITIVE);
    for (String keyword : List.of("ENV", "ARG", "LABEL", "RUN")) {
      for (Instruction i : docker.all(keyword)) {
        assertFalse(secretName.matcher(i.args()).find(), "a secret in the image: " + i);
      }
    }
    Instruction configure = docker.instructions().get(docker.indexOf("RUN", "configure.sh"));
    assertTrue(
        configure.args().startsWith("TLS=false "),
        "configure.sh would write a generated keystore password into the image");
    for (String leftover : List.of("/data", "/resources/security", "keystore.xml")) {
      assertTrue(configure.args().contains(leftover), "the warm-up's " + leftover + " removed");
    }
  }

  @Test
  void everySourceIsStagedByThePomOrKeptInTheRepositoryAndPassesTheDockerIgnore()
      throws IOException {
    List<String> allowed =
        Files.readAllLines(Path.of(".dockerignore")).stream()
            .map(String::strip)
            .filter(l -> l.startsWith("!"))
            .map(l -> l.substring(1))
            .toList();
    assertTrue(
        Files.readAllLines(Path.of(".dockerignore")).contains("*"), "everything else is ignored");
    for (Instruction copy : docker.all("COPY")) {
      for (String source : copy.sources()) {
        assertTrue(
            allowed.stream().anyMatch(source::startsWith), source + " is not in the build context");
        if (source.startsWith("target/")) {
          assertTrue(STAGED.containsKey(source), source + " is not staged by mvn package");
          assertTrue(pom.contains(STAGED.get(source)), "the pom no longer stages " + source);
        } else {
          assertTrue(Files.exists(Path.of(source)), source);
        }
      }
    }
    assertTrue(pom.contains("<packaging>war</packaging>"));
  }

  @Test
  void theDriversTheDataSourcesNameAreStagedWhereTheyLook() throws IOException {
    Matcher ids = Pattern.compile("<includeArtifactIds>([^<]+)<").matcher(pom);
    assertTrue(ids.find());
    Set<String> staged =
        Set.of(ids.group(1).split(",")).stream().map(a -> a + ".jar").collect(Collectors.toSet());
    assertTrue(pom.contains("<stripVersion>true</stripVersion>"));
    for (String db : List.of("liberty/db-derby.xml", "liberty/db-postgres.xml")) {
      String xml = Files.readString(Path.of(db));
      assertTrue(xml.contains("dir=\"${shared.resource.dir}/jdbc\""), db);
      Matcher m = Pattern.compile("includes=\"([^\"]+)\"").matcher(xml);
      assertTrue(m.find(), db);
      for (String jar : m.group(1).split("\\s+")) {
        assertTrue(staged.contains(jar), db + " needs " + jar + ", staged: " + staged);
      }
    }
    Instruction jdbc = docker.instructions().get(docker.indexOf("COPY", "target/jdbc/"));
    assertEquals("/opt/ol/wlp/usr/shared/resources/jdbc/", jdbc.destination());
  }

  @Test
  void theImageDeclaresTheApplicationAsTheProductionPackageDoes() throws IOException {
    String app = Files.readString(Path.of("container/bksb-app.xml"));
    assertTrue(
        app.contains(
            "<webApplication id=\"bksb-bridge\" location=\"bksb-bridge.war\""
                + " name=\"bksb-bridge\"/>"),
        app);
    Instruction copy = docker.instructions().get(docker.indexOf("COPY", "container/bksb-app.xml"));
    assertTrue(copy.destination().startsWith("/config/configDropins/defaults/"), copy.toString());
    assertFalse(
        Files.readString(Path.of("liberty/server.xml")).contains("<webApplication"),
        "server.xml declares no application: dev deploys it from dropins, production by dropin");
  }
}
