package org.bksbbridge.schedule;

import java.util.Objects;
import org.bksbbridge.edit.Edit;

/**
 * A change of the schedule, field by field: keep the value in force, clear it (that run off) or set
 * it to the text given. The text is {@link ScheduleService}'s to check, so the API and the page get
 * the same messages under the same field names ({@code nightlyAt}, {@code incrementalMinutes}).
 */
public record ScheduleChange(Edit<String> nightlyAt, Edit<String> incrementalMinutes) {
  public ScheduleChange {
    Objects.requireNonNull(nightlyAt, "nightlyAt (Edit.keep() to keep it)");
    Objects.requireNonNull(incrementalMinutes, "incrementalMinutes (Edit.keep() to keep it)");
  }

  /** Both fields as a form shows them: an emptied field switches its run off. */
  public static ScheduleChange of(String nightlyAt, String incrementalMinutes) {
    return new ScheduleChange(Edit.toOrClear(nightlyAt), Edit.toOrClear(incrementalMinutes));
  }
}
