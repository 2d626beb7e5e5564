package org.bksbbridge.it;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as packaged: in-server tests deploy the real WAR, not a subset. */
final class Deployments {
  private Deployments() {}

  static WebArchive application() {
    TestServerCheck.once(serverDir(), port("app.http.port"), port("app.https.port"));
    File war = new File(System.getProperty("app.war", "target/bksb-bridge.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with mvn verify");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** The test server's directory (logs, configDropins), as the pom made it for this run. */
  static Path serverDir() {
    return Path.of(
        System.getProperty("test.server.dir", "target/liberty/wlp/usr/servers/testServer"));
  }

  static String baseUrl() {
    return "http://localhost:" + port("app.http.port");
  }

  /** The test server's https port (Liberty's batch API answers there only). */
  static URI https(String path) {
    return URI.create("https://localhost:" + port("app.https.port") + path);
  }

  /**
   * The ports the build chose for this run's test server (build-helper's reserve-network-port). No
   * default: a fixed port would reach whatever server listens there, liberty:run's included.
   */
  private static int port(String property) {
    String value = System.getProperty(property, "");
    if (!value.matches("\\d{1,5}")) {
      throw new IllegalStateException(
          property
              + " is not set: run the in-server tests with mvn verify, which chooses free"
              + " ports for the test server it starts");
    }
    return Integer.parseInt(value);
  }
}
