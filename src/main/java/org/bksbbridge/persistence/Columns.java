package org.bksbbridge.persistence;

/** Helpers for values bound for columns of a fixed size. */
public final class Columns {
  private Columns() {}

  /** The text cut to the column's size: a long reason or path must not fail the write. */
  public static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
