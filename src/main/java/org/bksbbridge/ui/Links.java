package org.bksbbridge.ui;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links from pages to the REST API (downloads), with their query encoded. */
final class Links {
  private Links() {}

  /** A path segment, encoded (centre ids are checked, but a refused one may still be shown). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * @param path below {@code /api/v1}, its segments encoded with {@link #segment}
   * @param params name, value pairs; empty values are left out
   */
  static String api(String path, String... params) {
    StringBuilder url =
        new StringBuilder(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
            .append("/api/v1")
            .append(path);
    char sep = '?';
    for (int i = 0; i + 1 < params.length; i += 2) {
      String value = params[i + 1];
      if (value != null && !value.isBlank()) {
        url.append(sep)
            .append(params[i])
            .append('=')
            .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return url.toString();
  }
}
