package org.bksbbridge.text;

import org.bksbbridge.refusal.Refusal;

/**
 * What free text may hold, for every field that stores it (centre and learner names, tags, user
 * names, access keys, grantees). Such text travels to bksb, to reports opened in spreadsheets and
 * to other people's screens: characters that cannot be seen, that reorder what is shown (U+202E
 * makes "gnp.exe" read backwards), that a database refuses (NUL on PostgreSQL) or cannot store (a
 * lone UTF-16 surrogate became "?") are refused at the door rather than stored.
 *
 * <p>Two strictnesses of the one rule: {@link #problem} for names and labels, where joiners and
 * marks belong to some scripts and emoji; {@link #identifierProblem} for values that name or unlock
 * something (user names, keys, emails), where any invisible character makes one value pass for
 * another.
 */
public final class FreeText {
  public static final String CONTROL = "must not contain control characters";
  public static final String INVISIBLE = "must contain visible characters";
  public static final String BROKEN = "must be valid Unicode text";
  public static final String HIDDEN = "must not contain formatting or invisible characters";

  private FreeText() {}

  /**
   * @return the problem with a non-empty name or label, or null if there is none
   */
  public static String problem(String value) {
    boolean visible = false;
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.SURROGATE) {
        return BROKEN;
      }
      if (Character.isISOControl(c) || isDirectionControl(c) || isLineBreak(c)) {
        return CONTROL;
      }
      visible |= !isInvisible(c);
    }
    return visible ? null : INVISIBLE;
  }

  /**
   * The stricter rule for identifiers: {@link #problem}, and no formatting, private-use or
   * unassigned character at all.
   *
   * @return the problem with a non-empty identifier, or null if there is none
   */
  public static String identifierProblem(String value) {
    String problem = problem(value);
    if (problem != null) {
      return problem;
    }
    return value.codePoints().anyMatch(FreeText::isHidden) ? HIDDEN : null;
  }

  /**
   * The name or label stripped, or a refusal naming the field.
   *
   * @param max the most characters it may have
   */
  public static String name(String field, String value, int max) {
    return checked(field, value, max, false);
  }

  /** The identifier stripped, or a refusal naming the field. */
  public static String identifier(String field, String value, int max) {
    return checked(field, value, max, true);
  }

  /** The problem with a stripped, non-empty value of at most {@code max} characters, or null. */
  public static String problem(String value, int max, boolean identifier) {
    if (value.length() > max) {
      return "must be at most " + max + " characters";
    }
    return identifier ? identifierProblem(value) : problem(value);
  }

  private static String checked(String field, String value, int max, boolean identifier) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw Refusal.invalid(field, "is required");
    }
    String problem = problem(v, max, identifier);
    if (problem != null) {
      throw Refusal.invalid(field, problem);
    }
    return v;
  }

  /** Embeddings, overrides and isolates; the single-character marks (LRM, RLM) are harmless. */
  private static boolean isDirectionControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean isLineBreak(int c) {
    return c == 0x2028 || c == 0x2029;
  }

  /** Spaces of any width and format characters (zero-width space, joiners, BOM, marks). */
  private static boolean isInvisible(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isHidden(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE
        || (c != ' ' && Character.isSpaceChar(c));
  }
}
