package org.bksbbridge.sandbox;

import java.time.LocalDateTime;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;

/** One finished assessment session of a sandbox user. */
public record SandboxResult(
    long sessionId,
    ResultType type,
    Subject subject,
    String result,
    Integer percent,
    LocalDateTime completed) {

  /** bksb's course code for the subject, as the result listing and session calls use it. */
  public String courseSubject() {
    return switch (subject) {
      case ENGLISH -> "ENG_NEW";
      case MATHS -> "MATHS_NEW";
      case ICT -> "ICT";
      case OTHER -> "OTHER";
    };
  }
}
