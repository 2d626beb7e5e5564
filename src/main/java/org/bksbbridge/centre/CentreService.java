package org.bksbbridge.centre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.Effective;
import org.bksbbridge.persistence.WriteClash;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.text.FreeText;

/** Creates, changes and finds centres. */
@ApplicationScoped
public class CentreService {
  /** What a centre id may be; upload names embed it (ImportFiles). */
  public static final String ID_PATTERN = "[A-Za-z0-9_-]{1,32}";

  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final int NAME_MAX = 200;

  @Inject EntityManager em;
  @Inject CentreAccess access;

  /** Result of an upsert: what is stored now and whether it was new. */
  public record Saved(CentreView centre, boolean created) {}

  public static void checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw Refusal.invalid(
          "centreId", "must be 1 to 32 letters, digits, '-' or '_' (for example NORTH)");
    }
  }

  /**
   * @param bksbLicensed the licence, or null to keep the stored one (none for a new centre)
   */
  @Transactional
  public Saved save(String id, String name, Boolean bksbLicensed) {
    checkId(id);
    access.require(Command.EDIT_BKSB_SETTINGS, id);
    String stored = FreeText.name("name", name, NAME_MAX);
    Centre centre = em.find(Centre.class, id);
    boolean created = centre == null;
    if (created) {
      centre = new Centre(id);
      em.persist(centre);
    }
    centre.setName(stored);
    if (bksbLicensed != null) {
      centre.setBksbLicensed(bksbLicensed);
    }
    WriteClash.flush(
        em,
        "centre "
            + id
            + " was created or changed by another request at the same moment: reload it and save"
            + " again");
    return new Saved(CentreView.of(centre), created);
  }

  public Optional<CentreView> find(String id) {
    return Optional.ofNullable(em.find(Centre.class, id)).map(CentreView::of);
  }

  /** The centre as the caller may see it, or a 404 that names it. */
  public CentreView get(String id) {
    checkId(id);
    access.require(Command.MODULE, id);
    return require(id);
  }

  /** The centre, or a 404 that names it; for services that checked the caller already. */
  public CentreView require(String id) {
    checkId(id);
    return find(id).orElseThrow(() -> Refusal.notFound("no centre with id " + id));
  }

  /** The centres the caller may see. */
  public List<CentreView> list() {
    Effective e = access.effective();
    return em.createQuery("select c from Centre c order by c.id", Centre.class)
        .getResultStream()
        .filter(c -> e.sees(c.getId()))
        .map(CentreView::of)
        .toList();
  }
}
