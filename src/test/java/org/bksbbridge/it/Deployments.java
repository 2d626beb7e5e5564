package org.bksbbridge.it;

import java.io.File;
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

  static String baseUrl() {
    return "http://localhost:" + System.getProperty("app.http.port", "9080");
  }
}
