package org.bksbbridge.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (issue 25): the learners, bksb users, links and results are queried by their
 * repositories alone ({@code LearnerRepository}, {@code BksbUserRepository}, {@code
 * BksbLinkRepository}, {@code AssessmentResultRepository}), so a query's cost and the index it
 * needs are found in one place, and a package never hides a dependency by naming another's entity
 * in JPQL. Named queries belong to their entity ({@code BksbLink.byLearner}) and are run by that
 * entity's repository only; a join lives in the repository of the table whose rows it returns.
 *
 * <p>Two checks: the bytecode (ArchUnit) for who may create queries at all, since a query created
 * anywhere else escapes the owner; and the sources for whose JPQL names which entity, since a query
 * text is a string ArchUnit cannot read.
 */
class TableOwnersTest {
  /**
   * The classes that create queries on tables other than the four, each the one owner of its
   * tables. A new table gets an owner here (or a repository); a class querying the four does not.
   */
  static final Set<String> OWNERS_OF_OTHER_TABLES =
      Set.of(
          "org.bksbbridge.access.Grants", // grant
          "org.bksbbridge.accounts.PendingCreations", // pending_creation
          "org.bksbbridge.audit.AuditLog", // audit_entry
          "org.bksbbridge.bksb.CallLog", // call_log
          "org.bksbbridge.centre.CentreService", // centre
          "org.bksbbridge.jobs.JobCounters", // job_counter
          "org.bksbbridge.jobs.JobRuns", // job_run
          "org.bksbbridge.jobs.SkippedRowStore", // skipped_row
          "org.bksbbridge.learner.LearnerTags", // learner_tag
          "org.bksbbridge.mail.Outbox", // outbox_email
          "org.bksbbridge.schedule.ScheduleClaims", // schedule_claim
          "org.bksbbridge.schedule.ScheduleStore", // schedule settings and origin
          "org.bksbbridge.server.ServerHeartbeats", // server_heartbeat
          "org.bksbbridge.settings.SettingsConnections", // bksb_settings
          "org.bksbbridge.sync.assessments.FirstResultTags", // subject_tagged
          "org.bksbbridge.sync.claims.SyncClaims", // sync_claim
          "org.bksbbridge.sync.users.AccountDirectory"); // bksb_account

  /**
   * Query texts a repository builds from its input (criteria written as JPQL) beside it, in a
   * package-private class that only the repository uses: they may name the entities, as the
   * repository may, and {@link #repositoryPartsServeTheirRepositoryOnly} keeps them its own.
   */
  static final Map<String, String> REPOSITORY_PARTS =
      Map.of(
          "org.bksbbridge.learner.LearnerQueries", "org.bksbbridge.learner.LearnerRepository",
          "org.bksbbridge.jobs.JobRunQueries", "org.bksbbridge.jobs.JobRuns");

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.bksbbridge");

  @Test
  void onlyRepositoriesRunNamedQueries() {
    ArchRule rule =
        noClasses()
            .that(not(simpleNameEndingWith("Repository")))
            .should()
            .callMethod(EntityManager.class, "createNamedQuery", String.class)
            .orShould()
            .callMethod(EntityManager.class, "createNamedQuery", String.class, Class.class)
            .because("an entity's named queries are run by its repository alone");
    rule.check(MAIN);
  }

  @Test
  void onlyRepositoriesAndTheOwnersOfOtherTablesCreateQueries() {
    List<String> allowed = new ArrayList<>(OWNERS_OF_OTHER_TABLES);
    ArchRule rule =
        noClasses()
            .that(not(simpleNameEndingWith("Repository").or(belongToAnyOf(classes(allowed)))))
            .should()
            .callMethod(EntityManager.class, "createQuery", String.class)
            .orShould()
            .callMethod(EntityManager.class, "createQuery", String.class, Class.class)
            .orShould()
            .callMethod(EntityManager.class, "createQuery", CriteriaQuery.class)
            .orShould()
            .callMethod(EntityManager.class, "createNativeQuery", String.class)
            .because(
                "learners, bksb users, links and results are queried by their repositories; other"
                    + " tables by their one owner, listed in OWNERS_OF_OTHER_TABLES");
    rule.check(MAIN);
  }

  @Test
  void repositoryPartsServeTheirRepositoryOnly() {
    REPOSITORY_PARTS.forEach(
        (part, repository) ->
            noClasses()
                .that(not(belongToAnyOf(classes(List.of(part, repository)))))
                .should()
                .accessClassesThat()
                .haveFullyQualifiedName(part)
                .because(part + " builds the queries of " + repository + ", which alone runs them")
                .check(MAIN));
  }

  /** The four entities, and the one class whose sources may write JPQL naming each. */
  static final Map<String, String> REPOSITORY_OF =
      Map.of(
          "Learner", "LearnerRepository",
          "BksbUser", "BksbUserRepository",
          "BksbLink", "BksbLinkRepository",
          "AssessmentResult", "AssessmentResultRepository",
          "ResultTopic", "AssessmentResultRepository");

  private static final Pattern JPQL_NAMING =
      Pattern.compile(
          "(?:from|join|update|delete from) (Learner|BksbUser|BksbLink|AssessmentResult)\\b");
  private static final Pattern NAMED_QUERY = Pattern.compile("createNamedQuery\\(\\s*\"(\\w+)\\.");

  @Test
  void onlyTheRepositoryNamesItsEntityInJpql() throws IOException {
    Path root = Path.of("src/main/java");
    List<String> wrong = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = f.getFileName().toString().replace(".java", "");
        String cls = root.relativize(f).toString().replace(".java", "").replace('/', '.');
        String text = Files.readString(f);
        if (!REPOSITORY_OF.containsKey(name)
            && !name.endsWith("Repository")
            && !REPOSITORY_PARTS.containsKey(cls)) {
          // Entities name others in their own named queries (a join lives with one of its
          // tables); repositories in their joins and subqueries. Everyone else asks them.
          Matcher m = JPQL_NAMING.matcher(text);
          while (m.find()) {
            wrong.add(cls + " writes JPQL naming " + m.group(1));
          }
        }
        Matcher q = NAMED_QUERY.matcher(text);
        while (q.find()) {
          String owner = REPOSITORY_OF.getOrDefault(q.group(1), q.group(1) + "Repository");
          if (!name.equals(owner)) {
            wrong.add(cls + " runs " + q.group(1) + "'s named query, which " + owner + " owns");
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static Class<?>[] classes(List<String> names) {
    return names.stream()
        .map(
            n -> {
              try {
                return Class.forName(n, false, TableOwnersTest.class.getClassLoader());
              } catch (ClassNotFoundException e) {
                throw new AssertionError("listed but gone: " + n, e);
              }
            })
        .toArray(Class<?>[]::new);
  }
}
