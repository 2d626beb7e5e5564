package org.bksbbridge.reports;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bksbbridge.refusal.Refusal;

/**
 * One section of "BKSB Unmatched" as a caller asks for it, as text (a page or REST query): {@code
 * section} {@code learners} or {@code bksbUsers}; {@code q} text found anywhere in the names, user
 * names, email or reference (case-insensitive); {@code reason} (learners only) one of {@link
 * UnmatchedReason}; {@code page} from 1 and {@code size} up to {@value #MAX_SIZE}.
 */
public record UnmatchedQuery(String section, String q, String reason, String page, String size) {
  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 1000;
  private static final int TEXT_MAX = 200;

  /** The report's two lists. */
  public enum Section {
    LEARNERS("learners"),
    BKSB_USERS("bksbUsers");

    private final String param;

    Section(String param) {
      this.param = param;
    }

    public String param() {
      return param;
    }
  }

  /** Whether the caller asked for a section at all (else the whole report, as before paging). */
  public boolean any() {
    return present(section) || present(q) || present(reason) || present(page) || present(size);
  }

  /** The same filters at another page and size (for walking every page). */
  public UnmatchedQuery at(int newPage, int newSize) {
    return new UnmatchedQuery(section, q, reason, String.valueOf(newPage), String.valueOf(newSize));
  }

  /** The checked query, or a refusal naming the problem of every bad field. */
  Checked check() {
    Map<String, String> problems = new LinkedHashMap<>();
    Section s = null;
    if (!present(section)) {
      problems.put("section", "is required with q, reason, page or size: learners or bksbUsers");
    } else {
      s =
          Arrays.stream(Section.values())
              .filter(x -> x.param.equalsIgnoreCase(section.strip()))
              .findFirst()
              .orElse(null);
      if (s == null) {
        problems.put("section", "must be learners or bksbUsers");
      }
    }
    UnmatchedReason r = null;
    if (present(reason)) {
      try {
        r = UnmatchedReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.put(
            "reason",
            "must be one of "
                + Arrays.stream(UnmatchedReason.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
      if (s == Section.BKSB_USERS) {
        problems.put("reason", "applies to the learners section only");
      }
    }
    String text = present(q) ? q.strip().toLowerCase(Locale.ROOT) : null;
    if (text != null && text.length() > TEXT_MAX) {
      problems.put("q", "must be at most " + TEXT_MAX + " characters");
    }
    Integer p = present(page) ? number(page, 1, 1_000_000) : Integer.valueOf(1);
    if (p == null) {
      problems.put("page", "must be a whole number from 1 to 1000000");
    }
    Integer z = present(size) ? number(size, 1, MAX_SIZE) : Integer.valueOf(DEFAULT_SIZE);
    if (z == null) {
      problems.put("size", "must be a whole number from 1 to " + MAX_SIZE);
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid("invalid report filter", problems);
    }
    return new Checked(s, text, r, p, z);
  }

  /** What the lists are asked for; {@code text} in lower case. */
  record Checked(Section section, String text, UnmatchedReason reason, int page, int size) {
    long offset() {
      return (long) (page - 1) * size;
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static Integer number(String s, int min, int max) {
    try {
      int n = Integer.parseInt(s.strip());
      return n >= min && n <= max ? n : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
