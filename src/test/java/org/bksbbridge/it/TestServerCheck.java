package org.bksbbridge.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Makes sure the tests talk to the server this build started, before the first one runs. A test
 * server that could not bind its ports still starts and takes the deployment, while another server
 * (liberty:run's, say) answers the requests: the tests then passed against the wrong server and
 * left their data in its database. So: the test server's log must say it listens on both ports, and
 * the certificate on the https port must be the one the test server made for itself at its first
 * start (a new random key each run), not another server's.
 */
final class TestServerCheck {
  /** The dev keystore's password (liberty/configDropins/overrides/dev.xml). */
  private static final char[] KEYSTORE_PASSWORD = "bksb-bridge-dev".toCharArray();

  private static boolean checked;

  private TestServerCheck() {}

  static synchronized void once(Path serverDir, int httpPort, int httpsPort) {
    if (checked) {
      return;
    }
    try {
      Path log = serverDir.resolve("logs/messages.log");
      listening(log, httpPort);
      listening(log, httpsPort);
      sameCertificate(serverDir.resolve("resources/security/key.p12"), httpsPort);
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("could not check the test server: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted checking the test server", e);
    }
    checked = true;
  }

  /** Waits for the log's "listening ... port N." and fails at once on a bind failure. */
  static void listening(Path log, int port) throws IOException, InterruptedException {
    String suffix = " port " + port + ".";
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(until)) {
      List<String> lines = Files.isRegularFile(log) ? Files.readAllLines(log) : List.of();
      for (String line : lines) {
        if (line.contains("CWWKO0221E") && line.contains(" " + port + ".")) {
          throw new IllegalStateException(
              "the test server could not bind port "
                  + port
                  + ", so the tests would reach another server: "
                  + line.strip());
        }
        if (line.contains("CWWKO0219I") && line.strip().endsWith(suffix)) {
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "the test server's log (" + log + ") never said it listens on port " + port);
  }

  private static void sameCertificate(Path keyStore, int port)
      throws IOException, java.security.GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      ks.load(in, KEYSTORE_PASSWORD);
    }
    Certificate ours = ks.getCertificate(ks.aliases().nextElement());
    HttpsURLConnection c =
        (HttpsURLConnection) Deployments.https("/").toURL().openConnection(java.net.Proxy.NO_PROXY);
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new AnyCertificate()}, null);
    c.setSSLSocketFactory(trustAll.getSocketFactory());
    c.setHostnameVerifier((host, session) -> true);
    c.setConnectTimeout(10_000);
    c.setReadTimeout(30_000);
    try {
      c.connect();
      Certificate answered = c.getServerCertificates()[0];
      if (!answered.equals(ours)) {
        throw new IllegalStateException(
            "the server on port "
                + port
                + " is not this build's test server: its certificate is not the one in "
                + keyStore);
      }
    } finally {
      c.disconnect();
    }
  }

  /** Only to read which certificate the port presents; it is compared with ours above. */
  private static final class AnyCertificate implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String auth) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String auth) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
