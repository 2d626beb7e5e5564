package org.bksbbridge.text;

import java.util.regex.Pattern;

/** The one rule for an email address a person or program sends: something@somewhere.tld. */
public final class EmailAddress {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** The problem to name when a value is not one. */
  public static final String PROBLEM = "must be an email address like name@example.ac.uk";

  public static final int MAX = 254;

  private EmailAddress() {}

  public static boolean looksValid(String s) {
    return s != null && s.length() <= MAX && EMAIL.matcher(s).matches();
  }
}
