package org.bksbbridge.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.jobs.JobRun;
import org.bksbbridge.jobs.JobRuns;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The schedule in force: the stored one, or configuration's defaults ({@code
 * bksb.schedule.nightly}, {@code bksb.schedule.incrementalMinutes}) until an admin saves one. How
 * long a missed nightly run may still start is configuration only ({@code
 * bksb.schedule.nightlyCatchUpHours}): it suits the servers' maintenance hours, not the centres.
 */
@ApplicationScoped
public class ScheduleService {
  static final int MAX_MINUTES = 24 * 60;
  private static final int RECENT = 20;

  /** Incremental runs listed ahead; the next nightly run is listed too. */
  private static final int PLANNED = 5;

  @Inject ScheduleStore store;
  @Inject ScheduleClaims claims;
  @Inject JobRuns runs;
  @Inject CentreAccess access;
  @Inject SecurityContext security;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bksb.schedule.nightly", defaultValue = "02:00")
  String defaultNightly;

  @Inject
  @ConfigProperty(name = "bksb.schedule.incrementalMinutes", defaultValue = "0")
  int defaultMinutes;

  /** How long after its time a nightly run not yet started still starts (0 to 23 hours). */
  @Inject
  @ConfigProperty(name = "bksb.schedule.nightlyCatchUpHours", defaultValue = "6")
  int catchUpHours;

  /**
   * What the ticker acts on: nightly time (null = off), how long a missed nightly run may still
   * start, and incremental minutes (0 = off).
   */
  public record InForce(LocalTime nightlyAt, Duration nightlyCatchUp, int incrementalMinutes) {}

  public InForce inForce() {
    return inForce(store.current());
  }

  private InForce inForce(ScheduleSettings s) {
    Duration catchUp = Duration.ofHours(Math.max(0, Math.min(23, catchUpHours)));
    if (s != null) {
      return new InForce(s.getNightlyAt(), catchUp, s.getIncrementalMinutes());
    }
    return new InForce(
        parse(defaultNightly, new TreeMap<>()), catchUp, Math.max(0, defaultMinutes));
  }

  /** For whoever runs jobs somewhere: the schedule decides when they run. */
  public ScheduleView view() {
    access.requireSomeCentre(Command.RUN_BKSB_JOBS);
    ScheduleSettings s = store.current();
    InForce f = inForce(s);
    // Scheduled runs work for every centre: their executions are for those who see them all.
    boolean all = access.sees(null);
    return new ScheduleView(
        f.nightlyAt() == null ? null : f.nightlyAt().toString(),
        f.nightlyCatchUp().toHours(),
        f.incrementalMinutes(),
        clock.getZone().getId(),
        s != null,
        s == null ? null : s.getUpdatedAt(),
        s == null ? null : s.getUpdatedBy(),
        NextRuns.of(f, ZonedDateTime.now(clock), claims.knownOrigin(), claims::isClaimed, PLANNED),
        all,
        all ? recentRuns() : List.of());
  }

  /** Whether the caller may change the schedule: {@link #save} asks the same. */
  public boolean editable() {
    return access.effective().inAllCentres().contains(Command.EDIT_BKSB_SETTINGS);
  }

  private List<ScheduleView.Run> recentRuns() {
    List<ScheduleClaim> recent = claims.recent(RECENT);
    Map<Long, JobRun> jobs =
        runs.byIds(
            recent.stream().map(ScheduleClaim::getExecutionId).filter(Objects::nonNull).toList());
    return recent.stream()
        .map(
            c -> {
              JobRun r = c.getExecutionId() == null ? null : jobs.get(c.getExecutionId());
              return new ScheduleView.Run(
                  c.getSlot(),
                  c.getServer(),
                  c.getClaimedAt(),
                  c.getExecutionId(),
                  c.getOutcome(),
                  r == null ? null : r.getBatchStatus(),
                  r == null ? null : r.getExitStatus());
            })
        .toList();
  }

  /**
   * The schedule runs for every centre: changing it is a setting of every centre. A field kept
   * keeps the value in force (the configuration's until one is saved).
   */
  public ScheduleView save(ScheduleChange change) {
    access.requireAllCentres(Command.EDIT_BKSB_SETTINGS);
    InForce before = inForce();
    Map<String, String> problems = new TreeMap<>();
    LocalTime nightly =
        switch (change.nightlyAt().kind()) {
          case KEEP -> before.nightlyAt();
          case CLEAR -> null;
          case SET -> parse(change.nightlyAt().applyTo(null), problems);
        };
    int minutes =
        switch (change.incrementalMinutes().kind()) {
          case KEEP -> before.incrementalMinutes();
          case CLEAR -> 0;
          case SET -> minutes(change.incrementalMinutes().applyTo(null), problems);
        };
    if (!problems.isEmpty()) {
      throw Refusal.invalid("invalid schedule", problems);
    }
    String by =
        security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    store.save(nightly, minutes, clock.instant(), by);
    if (nightly != null && !nightly.equals(before.nightlyAt())) {
      skipTodaysRunIfPassed(nightly, before.nightlyCatchUp(), by);
    }
    return view();
  }

  private static int minutes(String text, Map<String, String> problems) {
    if (text.isBlank()) {
      return 0;
    }
    int minutes;
    try {
      minutes = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      minutes = -1;
    }
    if (minutes < 0 || minutes > MAX_MINUTES) {
      problems.put("incrementalMinutes", "must be a whole number from 0 (off) to " + MAX_MINUTES);
      return 0;
    }
    return minutes;
  }

  /**
   * A nightly time set after it has passed is for tomorrow: today's run is recorded as not started,
   * so the ticker does not take it for a run it missed and start it at once.
   */
  void skipTodaysRunIfPassed(LocalTime nightly, Duration catchUp, String by) {
    ZonedDateTime minute = Slots.minuteOf(ZonedDateTime.now(clock));
    Slots.nightly(nightly, minute, catchUp, null)
        .filter(d -> d.at().isBefore(minute.toInstant()))
        .filter(d -> claims.claim(d.slot(), "schedule saved by " + by, clock.instant()))
        .ifPresent(
            d ->
                claims.started(
                    d.slot(), null, "not started: the nightly time was set after it had passed"));
  }

  private static LocalTime parse(String text, Map<String, String> problems) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("off")) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.put("nightlyAt", "must be a time of day like 02:00, or empty for no nightly run");
      return null;
    }
  }
}
