package org.bksbbridge.bksb;

import java.util.regex.Pattern;

/**
 * What a recorded call's path may show, and which endpoint it belongs to. bksb takes its access key
 * in the Authorization header only, so no call we make puts a credential in its path; the query is
 * still redacted by parameter name, so that a call added later cannot leak one into the log.
 */
public final class CallPaths {
  static final String REDACTED = "[redacted]";
  private static final Pattern ID_SEGMENT = Pattern.compile("/\\d+(?=/|$)");
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(key|secret|password|passwd|pwd|token|auth|signature|credential).*");

  private CallPaths() {}

  /** The path and query, with the value of any parameter named like a credential replaced. */
  public static String redact(String pathAndQuery) {
    if (pathAndQuery == null) {
      return "";
    }
    int q = pathAndQuery.indexOf('?');
    if (q < 0) {
      return pathAndQuery;
    }
    StringBuilder out = new StringBuilder(pathAndQuery.substring(0, q + 1));
    String[] pairs = pathAndQuery.substring(q + 1).split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      String pair = pairs[i];
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      out.append(eq >= 0 && SECRET_NAME.matcher(name).matches() ? name + "=" + REDACTED : pair);
    }
    return out.toString();
  }

  /**
   * The endpoint a path belongs to, as the call log filters and metrics group: from bksb's {@code
   * api/} on (whatever the base URL), without the query, numeric ids folded into {@code {id}}; for
   * example {@code /results/initialAssessment/{id}/all}.
   */
  public static String endpoint(String path) {
    String p = path == null ? "" : path;
    int q = p.indexOf('?');
    if (q >= 0) {
      p = p.substring(0, q);
    }
    int api = p.indexOf("api/");
    if (api >= 0 && (api == 0 || p.charAt(api - 1) == '/')) {
      p = p.substring(api + 3);
    }
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    return ID_SEGMENT.matcher(p).replaceAll("/{id}");
  }
}
