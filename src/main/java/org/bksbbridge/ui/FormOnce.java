package org.bksbbridge.ui;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A one-use token kept in a view and carried by its form: the form's action runs once per token. A
 * form that arrives again (a double click, or a browser resending the POST over a new connection
 * after a kept-alive one failed) carries a token already used, or one this view never issued, and
 * is answered without acting twice. A new token goes out with each page the action renders.
 */
final class FormOnce implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  private String current = fresh();
  private String submitted;

  /** What the page renders into the form's hidden field. */
  String token() {
    return current;
  }

  /** What the form brought back. */
  void submitted(String token) {
    submitted = token;
  }

  /** True once for each token the page rendered; then the form carries a new one. */
  synchronized boolean take() {
    boolean first = current.equals(submitted);
    if (first) {
      current = fresh();
    }
    submitted = null;
    return first;
  }

  private static String fresh() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
