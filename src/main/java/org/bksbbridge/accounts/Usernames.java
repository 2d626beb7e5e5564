package org.bksbbridge.accounts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bksbbridge.learner.LearnerFields;

/**
 * bksb user names for new accounts: the learner's bksb user name, else their web user name, else
 * one made from the name and reference ("ada.lovelace.l1"). bksb's own rules are not published; we
 * allow what usernames seen in bksb use: letters, digits and {@code . _ - @}.
 */
public final class Usernames {
  public static final int MAX = 100;
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._@-]+");
  private static final int VARIANTS = 20;

  private Usernames() {}

  public static String defaultFor(LearnerFields f, String reference) {
    if (f.bksbUsername() != null && !f.bksbUsername().isBlank()) {
      return f.bksbUsername().strip();
    }
    if (f.webUsername() != null && !f.webUsername().isBlank()) {
      return f.webUsername().strip();
    }
    String made = part(f.firstName()) + "." + part(f.lastName()) + "." + part(reference);
    made = made.replaceAll("\\.{2,}", ".").replaceAll("^\\.|\\.$", "");
    return made.length() <= MAX ? made : made.substring(0, MAX);
  }

  /** Lower case ASCII letters and digits: accents dropped, anything else left out. */
  private static String part(String s) {
    if (s == null) {
      return "";
    }
    String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** What is wrong with a user name, or null when it may be sent to bksb. */
  public static String problem(String username) {
    if (username == null || username.isBlank()) {
      return "is required";
    }
    if (username.length() > MAX) {
      return "must be at most " + MAX + " characters";
    }
    if (!ALLOWED.matcher(username).matches()) {
      return "may contain letters, digits and . _ - @ only";
    }
    return null;
  }

  /** The n-th variant of a taken name (n from 2): "ada.lovelace2", kept within {@link #MAX}. */
  public static String variant(String username, int n) {
    String suffix = String.valueOf(n);
    String base =
        username.length() + suffix.length() <= MAX
            ? username
            : username.substring(0, MAX - suffix.length());
    return base + suffix;
  }

  /** How many variants are tried for a suggestion (each is one call to bksb). */
  static int variants() {
    return VARIANTS;
  }
}
