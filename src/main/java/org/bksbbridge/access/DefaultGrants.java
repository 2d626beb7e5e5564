package org.bksbbridge.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bksbbridge.schema.SchemaReady;
import org.bksbbridge.security.Caller;

/**
 * The grants a new database starts with, so nothing needs setting up: group {@code manager} may do
 * everything in every centre but change settings and permissions and read the audit trail; group
 * {@code tutor} sees the module and gets results. Group {@code admin} needs no grant (see {@link
 * Caller#ADMIN_GROUP}). Written once: after that they are ordinary grants an administrator may
 * change.
 */
@ApplicationScoped
public class DefaultGrants {
  private static final Logger LOG = Logger.getLogger(DefaultGrants.class.getName());

  /** Group to its commands, in every centre. */
  public static final Map<String, Set<Command>> DEFAULTS =
      Map.of(
          "manager",
          EnumSet.complementOf(
              EnumSet.of(
                  Command.EDIT_BKSB_SETTINGS,
                  Command.MANAGE_PERMISSIONS,
                  Command.MANAGE_BKSB_DATA_PROTECTION)),
          "tutor",
          EnumSet.of(Command.BKSB_API_INTEGRATION, Command.GET_BKSB_RESULTS));

  @Inject EntityManager em;
  @Inject Clock clock;
  @Inject DefaultGrants self;

  void onStart(@Observes SchemaReady migrated) {
    try {
      if (self.seedOnce()) {
        LOG.info("wrote the default permission grants (groups manager and tutor)");
      }
    } catch (RuntimeException e) {
      if (self.seeded()) {
        // Another server wrote them at the same moment (its marker row came first).
        LOG.log(Level.FINE, "default grants written by another server", e);
      } else {
        LOG.log(Level.WARNING, "could not write the default permission grants", e);
      }
    }
  }

  @Transactional
  public boolean seeded() {
    return em.find(AccessSeed.class, AccessSeed.DEFAULTS) != null;
  }

  /**
   * @return whether they were written now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean seedOnce() {
    if (em.find(AccessSeed.class, AccessSeed.DEFAULTS) != null) {
      return false;
    }
    Instant now = clock.instant();
    em.persist(new AccessSeed(AccessSeed.DEFAULTS, now));
    em.flush();
    DEFAULTS.forEach(
        (group, commands) ->
            commands.forEach(
                c ->
                    em.persist(
                        new Grant(
                            GranteeKind.GROUP, group, Grant.ALL_CENTRES, c, "defaults", now))));
    return true;
  }
}
