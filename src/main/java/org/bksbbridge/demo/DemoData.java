package org.bksbbridge.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bksbbridge.access.DefaultGrants;
import org.bksbbridge.access.GranteeKind;
import org.bksbbridge.access.Grants;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.learner.LearnerFields;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.learner.LearnerRecord;
import org.bksbbridge.learner.LearnerStore;
import org.bksbbridge.learner.SystemStatus;
import org.bksbbridge.sandbox.SandboxState;
import org.bksbbridge.sandbox.SandboxUser;
import org.bksbbridge.settings.SettingsSeeder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The DEMO centre's learners, made from the sandbox's generated users: most share a verified email
 * with one (they match), some emails are unverified, some learners ended long ago, a few share one
 * address (ambiguous), some are flagged with their bksb user name, some have an address bksb does
 * not know, and some a +tagged address the report suggests a match for.
 */
@ApplicationScoped
public class DemoData {
  static final String CENTRE = "DEMO";
  private static final int LEARNERS = 240;

  /** A second centre, to try permissions per centre: {@link #NORTH_MANAGER} manages only it. */
  static final String NORTH = "NORTH";

  static final String NORTH_MANAGER = "manager.north";

  /**
   * The dev user {@code learner} is this DEMO learner (its web username): a verified, matching
   * email and an open course, so the sync links it and brings its results for the dashboard.
   */
  static final int LEARNER_USER = 163;

  static final String LEARNER_WEB_USERNAME = "learner";
  private static final int NORTH_LEARNERS = 20;

  @Inject EntityManager em;
  @Inject LearnerStore learners;
  @Inject SandboxState sandbox;
  @Inject SettingsSeeder settings;
  @Inject Clock clock;
  @Inject Grants grants;

  @Inject
  @ConfigProperty(
      name = "bksb.demo.sandboxUrl",
      defaultValue = "http://localhost:9080/bksb-sandbox/")
  String sandboxUrl;

  @Inject
  @ConfigProperty(name = "bksb.sandbox.keys", defaultValue = "sandbox-key:sandbox-secret")
  String sandboxKeys;

  /**
   * @return whether it was created now
   */
  @Transactional
  public boolean createIfMissing() {
    if (em.find(Centre.class, CENTRE) != null) {
      return false;
    }
    Centre centre = new Centre(CENTRE);
    centre.setName("Demo College");
    centre.setBksbLicensed(true);
    em.persist(centre);
    String pair = sandboxKeys.split(",")[0].strip();
    settings.enableDemo(
        CENTRE,
        sandboxUrl,
        pair.substring(0, pair.indexOf(':')),
        pair.substring(pair.indexOf(':') + 1));
    learners.upsert(CENTRE, records());
    return true;
  }

  /**
   * NORTH: no bksb integration yet, a few learners, and its own manager, who holds what group
   * manager holds by default, in NORTH only.
   *
   * @return whether it was created now
   */
  @Transactional
  public boolean createNorthIfMissing() {
    if (em.find(Centre.class, NORTH) != null) {
      return false;
    }
    Centre centre = new Centre(NORTH);
    centre.setName("North Campus");
    centre.setBksbLicensed(true);
    em.persist(centre);
    LocalDate today = LocalDate.now(clock);
    List<LearnerRecord> north = new ArrayList<>();
    for (int i = 1; i <= NORTH_LEARNERS; i++) {
      SandboxUser u = sandbox.user(LEARNERS + i).orElse(null);
      if (u != null) {
        north.add(
            new LearnerRecord(
                "N" + String.format("%04d", i),
                new LearnerFields(
                    LearnerKind.LEARNER,
                    u.firstName(),
                    u.lastName(),
                    u.email(),
                    true,
                    null,
                    u.dateOfBirth(),
                    SystemStatus.LIVE,
                    today.minusMonths(1),
                    null,
                    false,
                    null)));
      }
    }
    learners.upsert(NORTH, north);
    grants.replace(
        GranteeKind.USER,
        NORTH_MANAGER,
        NORTH,
        DefaultGrants.DEFAULTS.get("manager"),
        "demo",
        clock.instant());
    return true;
  }

  private List<LearnerRecord> records() {
    LocalDate today = LocalDate.now(clock);
    List<LearnerRecord> out = new ArrayList<>();
    for (int i = 1; i <= LEARNERS; i++) {
      SandboxUser u = sandbox.user(i).orElse(null);
      if (u == null) {
        break;
      }
      String email = u.email();
      boolean verified = i % 6 != 0;
      if (i % 17 == 0) {
        email = "unknown" + i + "@demo-college.example.ac.uk";
      } else if (i % 19 == 0) {
        // The MIS has a +tag on the address: no match, but the report suggests the bksb user.
        email = email.replace("@", "+college@");
      } else if (i > LEARNERS - 4) {
        email = "shared.family@demo-college.example.ac.uk";
      }
      boolean flagged = i % 13 == 0;
      LocalDate end = i % 11 == 0 ? today.minusYears(2) : i % 23 == 0 ? today.minusWeeks(2) : null;
      LearnerKind kind = i % 8 == 0 ? LearnerKind.APPLICANT : LearnerKind.LEARNER;
      out.add(
          new LearnerRecord(
              "D" + String.format("%04d", i),
              new LearnerFields(
                  kind,
                  u.firstName(),
                  u.lastName(),
                  email,
                  verified,
                  i == LEARNER_USER ? LEARNER_WEB_USERNAME : null,
                  u.dateOfBirth(),
                  SystemStatus.LIVE,
                  today.minusMonths(3),
                  end,
                  flagged,
                  flagged ? u.username() : null)));
    }
    return out;
  }
}
