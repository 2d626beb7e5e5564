package org.bksbbridge.it;

import java.net.URL;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * https to the test server, trusting its self-signed development certificate (for this connection
 * only). Liberty serves /metrics only over https and sends HSTS only there.
 */
final class Tls {
  private Tls() {}

  static HttpsURLConnection get(String path, String credentials) throws Exception {
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String auth) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String auth) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        null);
    URL url = Deployments.https(path).toURL();
    HttpsURLConnection c = (HttpsURLConnection) url.openConnection();
    c.setSSLSocketFactory(trustAll.getSocketFactory());
    c.setHostnameVerifier((host, session) -> true);
    c.setInstanceFollowRedirects(false);
    if (credentials != null) {
      c.setRequestProperty(
          "Authorization",
          "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes()));
    }
    c.getResponseCode();
    return c;
  }
}
