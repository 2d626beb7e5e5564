package org.bksbbridge.learner;

/**
 * What a learner's text may hold. Names and addresses travel to bksb, to reports opened in
 * spreadsheets and to other people's screens: characters that cannot be seen, that reorder what is
 * shown (U+202E makes "gnp.exe" read backwards) or that a database refuses (NUL on PostgreSQL) are
 * refused at the door rather than stored.
 */
final class LearnerText {
  static final String CONTROL = "must not contain control characters";
  static final String INVISIBLE = "must contain visible characters";
  static final String BROKEN = "must be valid Unicode text";

  private LearnerText() {}

  /**
   * @return the problem with a stripped, non-empty value, or null if there is none
   */
  static String problem(String value) {
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
}
