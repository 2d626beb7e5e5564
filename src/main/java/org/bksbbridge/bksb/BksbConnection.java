package org.bksbbridge.bksb;

import java.net.URI;

/**
 * Where and as whom to call bksb: the API's base URL and an access key pair made in bksb under
 * Admin Options > API Access Keys. {@code toString} never shows the secret.
 */
public record BksbConnection(
    URI apiUrl, String accessKeyId, String secretAccessKey, String centreId, boolean logCalls) {

  public BksbConnection {
    String url = apiUrl.toString();
    if (!url.endsWith("/")) {
      apiUrl = URI.create(url + "/");
    }
  }

  @Override
  public String toString() {
    return "BksbConnection[" + apiUrl + ", key " + accessKeyId + ", centre " + centreId + "]";
  }
}
