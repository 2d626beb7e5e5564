package org.bksbbridge.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bksbbridge.security.Caller;

/** The grants table and its queries. Read on every check: a change counts from the next request. */
@ApplicationScoped
public class Grants {
  @Inject EntityManager em;

  /** The grants naming this user or one of its groups. */
  public List<Grant> heldBy(Caller caller) {
    if (!caller.signedIn()) {
      return List.of();
    }
    List<Grant> out =
        new ArrayList<>(
            em.createQuery(
                    "select g from Grant g where g.kind = :user and g.grantee = :name", Grant.class)
                .setParameter("user", GranteeKind.USER)
                .setParameter("name", caller.name())
                .getResultList());
    if (!caller.groups().isEmpty()) {
      out.addAll(
          em.createQuery(
                  "select g from Grant g where g.kind = :group and g.grantee in :groups",
                  Grant.class)
              .setParameter("group", GranteeKind.GROUP)
              .setParameter("groups", List.copyOf(caller.groups()))
              .getResultList());
    }
    return out;
  }

  /** Every grant, ordered by centre, grantee and command. */
  public List<Grant> all() {
    return em.createQuery(
            "select g from Grant g order by g.centreId, g.kind, g.grantee, g.command", Grant.class)
        .getResultList();
  }

  /**
   * Makes the grantee's commands in the centre exactly these (none removes them). Runs in the
   * caller's transaction.
   */
  @Transactional
  public void replace(
      GranteeKind kind,
      String grantee,
      String centreId,
      Set<Command> commands,
      String by,
      Instant at) {
    remove(kind, grantee, centreId);
    em.flush();
    for (Command c : commands) {
      em.persist(new Grant(kind, grantee, centreId, c, by, at));
    }
    // Here, not at commit: a grant changed at the same moment fails inside the caller's method.
    em.flush();
  }

  /**
   * @return how many grants were removed
   */
  @Transactional
  public int remove(GranteeKind kind, String grantee, String centreId) {
    return em.createQuery(
            "delete from Grant g where g.kind = :kind and g.grantee = :grantee"
                + " and g.centreId = :centre")
        .setParameter("kind", kind)
        .setParameter("grantee", grantee)
        .setParameter("centre", centreId)
        .executeUpdate();
  }
}
