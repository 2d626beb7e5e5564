package org.bksbbridge.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;

/**
 * Users and results as pure functions of (seed, user id): nothing is stored, so a sandbox of
 * 100,000 users and a million results costs no memory, and the same seed always gives the same
 * data.
 */
public record SandboxGenerator(long seed, int users, int resultsPerUser) {
  /** Session ids are userId * this + n, so results per user stay below it. */
  public static final int SESSIONS_PER_USER = 100;

  private static final String[] FIRST = {
    "Amelia",
    "Oliver",
    "Isla",
    "George",
    "Ava",
    "Noah",
    "Mia",
    "Leo",
    "Ivy",
    "Arthur",
    "Freya",
    "Oscar",
    "Lily",
    "Harry",
    "Grace",
    "Jack",
    "Sophia",
    "Charlie",
    "Aisha",
    "Mohammed",
    "Zara",
    "Jacob",
    "Evie",
    "Theo",
    "Ruby",
    "Alfie",
    "Nia",
    "Rhys",
    "Priya",
    "Kai"
  };
  private static final String[] LAST = {
    "Smith",
    "Jones",
    "Williams",
    "Taylor",
    "Brown",
    "Davies",
    "Evans",
    "Wilson",
    "Thomas",
    "Johnson",
    "Roberts",
    "Robinson",
    "Thompson",
    "Wright",
    "Walker",
    "White",
    "Edwards",
    "Hughes",
    "Green",
    "Hall",
    "Khan",
    "Patel",
    "Ali",
    "Lewis",
    "Wood",
    "Harris",
    "Martin",
    "Jackson",
    "Clarke",
    "Begum"
  };
  private static final LocalDateTime EPOCH = LocalDateTime.of(2026, 9, 1, 9, 0);

  public SandboxGenerator {
    if (resultsPerUser >= SESSIONS_PER_USER) {
      throw new IllegalArgumentException("resultsPerUser must be below " + SESSIONS_PER_USER);
    }
  }

  public boolean generates(long userId) {
    return userId >= 1 && userId <= users;
  }

  public SandboxUser user(long userId) {
    SplittableRandom r = random(userId, 0);
    String first = FIRST[r.nextInt(FIRST.length)];
    String last = LAST[r.nextInt(LAST.length)];
    String username = usernameOf(first, last, userId);
    LocalDate dob = LocalDate.of(1970, 1, 1).plusDays(r.nextInt(12_000));
    return new SandboxUser(
        userId, username, username + "@learners.example.ac.uk", first, last, dob);
  }

  /** Generated user names end in the user id, which makes a name-to-id lookup O(1). */
  public static String usernameOf(String first, String last, long userId) {
    return (first + "." + last).toLowerCase(Locale.ROOT) + userId;
  }

  /** The id a generated user name carries, or -1. */
  public long idIn(String username) {
    int i = username.length();
    while (i > 0 && Character.isDigit(username.charAt(i - 1))) {
      i--;
    }
    if (i == username.length() || username.length() - i > 12) {
      return -1;
    }
    long id = Long.parseLong(username.substring(i));
    return generates(id) && user(id).username().equals(username) ? id : -1;
  }

  /** The user's generated results, in generation order. */
  public List<SandboxResult> results(long userId) {
    List<SandboxResult> list = new ArrayList<>(resultsPerUser);
    for (int n = 0; n < resultsPerUser; n++) {
      list.add(result(userId, n));
    }
    return list;
  }

  private SandboxResult result(long userId, int n) {
    SplittableRandom r = random(userId, n + 1);
    Subject subject = Subject.values()[(n / 2) % 3];
    ResultType type = n % 2 == 0 ? ResultType.INITIAL : ResultType.DIAGNOSTIC;
    String level = levelFor(subject, r);
    Integer percent = type == ResultType.DIAGNOSTIC ? 20 + r.nextInt(81) : null;
    LocalDateTime completed =
        EPOCH.plusDays(r.nextInt(80)).plusMinutes(r.nextInt(8 * 60)).plusSeconds(n);
    return new SandboxResult(
        userId * SESSIONS_PER_USER + n + 1,
        type,
        subject,
        label(subject) + " " + level,
        percent,
        completed);
  }

  private static String levelFor(Subject subject, SplittableRandom r) {
    String[] scale =
        subject == Subject.ICT
            ? new String[] {"Below Entry 3", "Entry 3", "Level 1", "Level 2"}
            : new String[] {
              "Pre-Entry", "Entry 1", "Entry 2", "Entry 3", "Level 1", "Level 2", "Level 3"
            };
    return scale[r.nextInt(scale.length)];
  }

  public static String label(Subject subject) {
    return switch (subject) {
      case ENGLISH -> "English";
      case MATHS -> "Maths";
      case ICT -> "ICT";
      case OTHER -> "Other";
    };
  }

  private SplittableRandom random(long userId, int n) {
    long mixed =
        seed * 0x9E3779B97F4A7C15L + userId * 0xBF58476D1CE4E5B9L + n * 0x94D049BB133111EBL;
    return new SplittableRandom(mixed);
  }
}
