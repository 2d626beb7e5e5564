package org.bksbbridge.bksb;

/**
 * A working level, lowest first. ICT uses a shorter scale (Below Entry 3, Entry 3, Level 1, Level
 * 2). UNKNOWN marks a result string no rule recognised; the string itself is kept.
 */
public enum Level {
  PRE_ENTRY(0, "Pre-Entry"),
  ENTRY_1(1, "Entry 1"),
  ENTRY_2(2, "Entry 2"),
  BELOW_ENTRY_3(2, "Below Entry 3"),
  ENTRY_3(3, "Entry 3"),
  LEVEL_1(4, "Level 1"),
  LEVEL_2(5, "Level 2"),
  LEVEL_3(6, "Level 3"),
  UNKNOWN(-1, "Unknown");

  private final int rank;
  private final String label;

  Level(int rank, String label) {
    this.rank = rank;
    this.label = label;
  }

  /** Comparable height; Below Entry 3 ranks with Entry 2. UNKNOWN ranks below everything. */
  public int rank() {
    return rank;
  }

  public String label() {
    return label;
  }

  /** Whether the subject's scale has this level (ICT's is shorter). */
  public boolean belongsTo(Subject subject) {
    if (this == UNKNOWN) {
      return false;
    }
    if (subject == Subject.ICT) {
      return this == BELOW_ENTRY_3 || this == ENTRY_3 || this == LEVEL_1 || this == LEVEL_2;
    }
    return this != BELOW_ENTRY_3;
  }
}
