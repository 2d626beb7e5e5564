package org.bksbbridge.it;

import java.io.File;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application exactly as packaged: in-server tests deploy the real WAR, not a subset. */
final class Deployments {
  private Deployments() {}

  static WebArchive application() {
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
    return "http://localhost:" + System.getProperty("app.http.port", "9080");
  }
}
