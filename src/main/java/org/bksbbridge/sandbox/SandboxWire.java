package org.bksbbridge.sandbox;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.bksb.WireResult;
import org.bksbbridge.bksb.WireSession;
import org.bksbbridge.bksb.WireTopic;
import org.bksbbridge.bksb.WireUser;

/** Sandbox data in bksb's wire shapes. */
final class SandboxWire {
  /** bksb writes local times without a zone, to the second. */
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private static final String[] ENGLISH_TOPICS = {
    "Spelling", "Punctuation", "Grammar", "Reading", "Writing"
  };
  private static final String[] MATHS_TOPICS = {
    "Number", "Fractions and decimals", "Measures", "Shape and space", "Handling data"
  };
  private static final String[] ICT_TOPICS = {
    "Using devices", "Creating content", "Communicating", "Transacting", "Being safe online"
  };

  private SandboxWire() {}

  static boolean matches(SandboxUser u, String lowerQuery) {
    return u.username().toLowerCase(Locale.ROOT).contains(lowerQuery)
        || (u.email() != null && u.email().toLowerCase(Locale.ROOT).contains(lowerQuery))
        || (u.firstName() + " " + u.lastName()).toLowerCase(Locale.ROOT).contains(lowerQuery);
  }

  static WireUser user(SandboxUser u) {
    WireUser w = new WireUser();
    w.userId = u.userId();
    w.username = u.username();
    w.email = u.email();
    w.firstName = u.firstName();
    w.lastName = u.lastName();
    w.dateOfBirth = u.dateOfBirth() == null ? null : u.dateOfBirth() + "T00:00:00";
    return w;
  }

  static WireResult result(SandboxResult r) {
    WireResult w = new WireResult();
    w.sessionId = r.sessionId();
    w.courseSubject = r.courseSubject();
    w.courseName = SandboxGenerator.label(r.subject()) + " Functional Skills";
    w.resultDate = LOCAL.format(r.completed());
    w.assessmentName =
        SandboxGenerator.label(r.subject())
            + (r.type() == ResultType.INITIAL ? " Initial Assessment" : " Diagnostic Assessment");
    w.assessmentId = (r.type() == ResultType.INITIAL ? "IA-" : "DA-") + r.courseSubject();
    w.result = r.result();
    w.percentage = r.percent();
    return w;
  }

  static String autoLoginLink(long userId) {
    return "https://sandbox.bksb.invalid/autologin/"
        + userId
        + "?token=sandbox-"
        + Long.toHexString(userId * 7919L);
  }

  /** Finished sessions from the results, plus an unfinished one for every seventh user. */
  static List<WireSession> sessions(SandboxState state, String courseSubject, long userId) {
    List<WireSession> out = new ArrayList<>();
    for (SandboxResult r : state.results(userId)) {
      if (r.courseSubject().equalsIgnoreCase(String.valueOf(courseSubject))) {
        WireSession s = new WireSession();
        s.sessionId = r.sessionId();
        s.dateStarted = LOCAL.format(r.completed().minusMinutes(35));
        s.dateCompleted = LOCAL.format(r.completed());
        s.assessmentType = r.type().sessionType();
        out.add(s);
      }
    }
    if (userId % 7 == 0 && !out.isEmpty()) {
      WireSession open = new WireSession();
      open.sessionId =
          userId * SandboxGenerator.SESSIONS_PER_USER + SandboxGenerator.SESSIONS_PER_USER - 1;
      open.dateStarted = out.get(0).dateCompleted;
      open.dateCompleted = WireSession.NOT_COMPLETED;
      open.assessmentType = ResultType.DIAGNOSTIC.sessionType();
      out.add(open);
    }
    return out;
  }

  /** Per-topic rows of a finished diagnostic session; none for anything else. */
  static List<WireTopic> topics(SandboxState state, long sessionId, long userId) {
    List<WireTopic> out = new ArrayList<>();
    for (SandboxResult r : state.results(userId)) {
      if (r.sessionId() == sessionId && r.type() == ResultType.DIAGNOSTIC) {
        String[] names =
            r.subject() == Subject.MATHS
                ? MATHS_TOPICS
                : r.subject() == Subject.ICT ? ICT_TOPICS : ENGLISH_TOPICS;
        SplittableRandom random = new SplittableRandom(sessionId);
        int percent = r.percent() == null ? 50 : r.percent();
        for (String name : names) {
          WireTopic t = new WireTopic();
          t.topicName = name;
          t.outOf = 10;
          t.score = Math.max(0, Math.min(10, percent / 10 + random.nextInt(5) - 2));
          t.status = t.score < 5 ? "NP" : t.score < 8 ? "TC" : "VG";
          out.add(t);
        }
      }
    }
    return out;
  }
}
