package org.bksbbridge.bksb;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one translation from bksb's wire format into our model. Result strings change across course
 * versions, so the level is found by rules (subject words, then a level phrase) rather than a fixed
 * table; a string no rule recognises keeps level UNKNOWN and is counted, never dropped.
 */
public class ResultTranslator {
  private static final Pattern PRE_ENTRY = Pattern.compile("\\bpre[- ]?entry\\b");
  private static final Pattern BELOW_E3 =
      Pattern.compile("\\bbelow\\s+entry(?:\\s+level)?\\s*3\\b");
  private static final Pattern ENTRY =
      Pattern.compile("\\b(?:entry(?:\\s+level)?\\s*([123])|e([123]))\\b");
  private static final Pattern LEVEL = Pattern.compile("\\b(?:level\\s*([123])|l([123]))\\b");

  private final AtomicLong unknown = new AtomicLong();

  public BksbResult translate(WireResult w, ResultType type) {
    Subject subject = subject(w.courseSubject, w.result);
    Level level = level(w.result, subject);
    if (level == Level.UNKNOWN) {
      unknown.incrementAndGet();
    }
    return new BksbResult(
        w.sessionId,
        type,
        subject,
        w.courseSubject,
        level,
        w.result,
        w.percentage,
        w.assessmentName,
        w.assessmentId,
        w.courseName,
        localDateTime(w.resultDate));
  }

  public BksbTopic topic(WireTopic w) {
    String name = w.topicName == null || w.topicName.isBlank() ? "(unnamed)" : w.topicName.strip();
    String status = w.status == null ? null : w.status.strip().toUpperCase(Locale.ROOT);
    return new BksbTopic(name, status, w.score, w.outOf);
  }

  /** How many result strings mapped to UNKNOWN since this translator was made. */
  public long unknownCount() {
    return unknown.get();
  }

  static Subject subject(String courseSubject, String result) {
    Subject s = subjectIn(courseSubject);
    return s != Subject.OTHER ? s : subjectIn(result);
  }

  private static Subject subjectIn(String text) {
    if (text == null) {
      return Subject.OTHER;
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("eng") || t.contains("english")) {
      return Subject.ENGLISH;
    }
    if (t.startsWith("math") || t.contains("maths") || t.contains("mathematics")) {
      return Subject.MATHS;
    }
    if (t.startsWith("ict") || t.contains(" ict") || t.contains("digital")) {
      return Subject.ICT;
    }
    return Subject.OTHER;
  }

  /** The level a display string names, if it fits the subject's scale. */
  public static Level level(String result, Subject subject) {
    if (result == null || result.isBlank()) {
      return Level.UNKNOWN;
    }
    String t = result.toLowerCase(Locale.ROOT).replace('_', ' ');
    Level found = Level.UNKNOWN;
    if (PRE_ENTRY.matcher(t).find()) {
      found = Level.PRE_ENTRY;
    } else if (BELOW_E3.matcher(t).find()) {
      found = Level.BELOW_ENTRY_3;
    } else {
      Matcher e = ENTRY.matcher(t);
      Matcher l = LEVEL.matcher(t);
      if (e.find()) {
        found = Level.valueOf("ENTRY_" + (e.group(1) != null ? e.group(1) : e.group(2)));
      } else if (l.find()) {
        found = Level.valueOf("LEVEL_" + (l.group(1) != null ? l.group(1) : l.group(2)));
      }
    }
    if (subject != Subject.OTHER && !found.belongsTo(subject)) {
      return Level.UNKNOWN;
    }
    return found;
  }

  /** bksb's local times carry no zone; a bare date means midnight. Unparsable is null. */
  public static LocalDateTime localDateTime(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.length() > 19 ? text.substring(0, 19) : text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text.substring(0, Math.min(10, text.length()))).atStartOfDay();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
