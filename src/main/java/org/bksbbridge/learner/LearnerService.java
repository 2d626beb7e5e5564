package org.bksbbridge.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bksbbridge.access.CentreAccess;
import org.bksbbridge.access.Command;
import org.bksbbridge.audit.Actors;
import org.bksbbridge.audit.AuditService;
import org.bksbbridge.centre.CentreService;
import org.bksbbridge.persistence.WriteClash;
import org.bksbbridge.refusal.Refusal;

/** Reads and changes single learners, and searches a centre's learners. */
@ApplicationScoped
public class LearnerService {
  @Inject LearnerRepository learners;
  @Inject Clock clock;
  @Inject CentreService centres;
  @Inject LearnerStore store;
  @Inject CentreAccess access;
  @Inject LearnerTags tags;
  @Inject LearnerBksbSummaries summaries;
  @Inject AuditService audit;
  @Inject Actors actors;

  /** Result of an upsert: what is stored now and whether it was new. */
  public record Saved(LearnerView learner, boolean created) {}

  public LearnerView get(String centreId, String reference) {
    access.require(Command.MODULE, centreId);
    Learner learner = require(centreId, reference);
    return detail(learner);
  }

  private LearnerView detail(Learner learner) {
    List<Long> id = List.of(learner.getId());
    return LearnerView.of(
        learner,
        today(),
        summaries.links(id).getOrDefault(learner.getId(), LearnerView.Bksb.NONE),
        summaries.latestLevels(id).getOrDefault(learner.getId(), Map.of()),
        tags.of(learner.getId()));
  }

  /**
   * Sets whether the learner is a bksb user, and their bksb user name, keeping every other field:
   * what a person with "Link BKSB Users" corrects before matching. The MIS's next full update of
   * the learner (PUT, import) replaces both again.
   */
  @Transactional
  public LearnerView setBksbUser(
      String centreId, String reference, boolean bksbUser, String bksbUsername) {
    access.require(Command.LINK_BKSB_USERS, centreId);
    Learner learner = require(centreId, reference);
    String name = bksbUsername == null || bksbUsername.isBlank() ? null : bksbUsername.strip();
    String problem = name == null ? null : LearnerValidator.textProblem(name, 100, true);
    if (problem != null) {
      throw Refusal.invalid("invalid learner", Map.of("bksbUsername", problem));
    }
    learner.setBksbUser(bksbUser, name, clock.instant());
    return detail(learner);
  }

  /** The stored learner's id, for services that attach things to it (they check the caller). */
  public long idOf(String centreId, String reference) {
    return require(centreId, reference).getId();
  }

  @Transactional
  public Saved save(String centreId, String reference, Map<String, String> values) {
    access.require(Command.IMPORT_LEARNERS, centreId);
    centres.require(centreId);
    Map<String, String> problems = new TreeMap<>();
    Map<String, String> fieldValues = new HashMap<>(values);
    // A body may repeat the reference (as exports often do); it must then agree with the path.
    String bodyReference = fieldValues.remove(LearnerValidator.REFERENCE);
    String problem = LearnerValidator.referenceProblem(reference);
    if (problem != null) {
      problems.put(LearnerValidator.REFERENCE, problem);
    } else if (bodyReference != null && !bodyReference.equals(reference)) {
      problems.put(
          LearnerValidator.REFERENCE, "must match the reference in the path (" + reference + ")");
    }
    LearnerFields fields = null;
    try {
      fields = LearnerValidator.parse(fieldValues, today());
    } catch (LearnerValidator.Invalid e) {
      problems.putAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid("invalid learner", problems);
    }
    LearnerStore.Counts counts;
    try {
      counts = store.upsert(centreId, List.of(new LearnerRecord(reference, fields)));
    } catch (jakarta.persistence.PersistenceException e) {
      throw WriteClash.conflictOr(
          e,
          "learner "
              + reference
              + " was created or changed by another request at the same moment: send it again");
    }
    audit.record(actors.current(), counts.webUsernameChanges());
    return new Saved(get(centreId, reference), counts.inserted() == 1);
  }

  /** Archives rather than deletes: results and links keep their learner. */
  @Transactional
  public LearnerView archive(String centreId, String reference) {
    access.require(Command.IMPORT_LEARNERS, centreId);
    Learner learner = require(centreId, reference);
    learner.archive(clock.instant());
    return LearnerView.of(learner, today());
  }

  public LearnerPage search(String centreId, LearnerQuery q) {
    access.require(Command.MODULE, centreId);
    centres.require(centreId);
    LocalDate today = today();
    LearnerRepository.Found result =
        learners.search(
            centreId,
            q,
            q.text() == null ? null : escapeLike(q.text().toLowerCase(Locale.ROOT)) + "%",
            today);
    List<Learner> found = result.page();
    // The page's links and levels: two queries over its learners, however large the centre.
    List<Long> ids = found.stream().map(Learner::getId).toList();
    Map<Long, LearnerView.Bksb> links = summaries.links(ids);
    Map<Long, Map<String, LearnerView.LatestLevel>> levels = summaries.latestLevels(ids);
    List<LearnerView> items =
        found.stream()
            .map(
                l ->
                    LearnerView.of(
                        l,
                        today,
                        links.getOrDefault(l.getId(), LearnerView.Bksb.NONE),
                        levels.getOrDefault(l.getId(), Map.of()),
                        null))
            .toList();
    return new LearnerPage(items, q.page(), q.size(), result.total());
  }

  /**
   * The caller's own LIVE records, in every centre that has one (a learner may study at several):
   * those whose web username is the caller's registry name ({@link CentreAccess#isSelf}). No grant
   * is needed; archived records are history, not the learner's. Each with its bksb link.
   */
  public List<LearnerView> own() {
    String me = access.self();
    LocalDate today = today();
    List<Learner> mine =
        learners.liveOfWebUsername(me).stream()
            .filter(l -> access.isSelf(l.fields().webUsername()))
            .toList();
    Map<Long, LearnerView.Bksb> links = summaries.links(mine.stream().map(Learner::getId).toList());
    return mine.stream()
        .map(
            l ->
                LearnerView.of(
                    l, today, links.getOrDefault(l.getId(), LearnerView.Bksb.NONE), Map.of(), null))
        .toList();
  }

  /**
   * Whether the caller has any LIVE record of their own ({@link #own}): asked by the menu on every
   * page, so one indexed read of the names alone, without the records' links.
   */
  public boolean hasOwn() {
    String me = access.self();
    return me != null && learners.liveWebUsernames(me).stream().anyMatch(access::isSelf);
  }

  /** The id of one of the caller's own LIVE records ({@link #own}); 404 for any other record. */
  public long ownId(String centreId, String reference) {
    Learner l =
        learners
            .byReference(centreId, reference)
            .filter(found -> found.fields().systemStatus() == SystemStatus.LIVE)
            .orElse(null);
    access.requireSelf(l == null ? null : l.fields().webUsername());
    return l.getId();
  }

  private Learner require(String centreId, String reference) {
    centres.require(centreId);
    return learners
        .byReference(centreId, reference)
        .orElseThrow(() -> Refusal.notFound("no learner " + reference + " in centre " + centreId));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String escapeLike(String s) {
    // '!' rather than backslash: Derby has no default escape character, PostgreSQL's is '\'.
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
