package org.bksbbridge.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric.MetricType;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.jobs.SkippedRow;
import org.bksbbridge.learner.Learner;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.SeEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner-import JSL, exactly as packaged, run by JBeret SE against Derby in memory. */
class LearnerImportJobTest {
  private static final Set<Long> BAD_ROWS = Set.of(7L, 150L, 151L, 400L, 777L, 901L, 1001L);
  private static final int DATA_ROWS = 1000;

  @TempDir Path dir;
  private SeBatch batch;

  @BeforeEach
  void start() throws IOException {
    batch = new SeBatch(new SeEnvironment(new SeDatabase()).importRoot(dir));
    centre("NORTH");
  }

  private void centre(String id) {
    EntityManager em = batch.db.newEntityManager();
    em.getTransaction().begin();
    Centre centre = new Centre(id);
    centre.setName(id);
    em.persist(centre);
    em.getTransaction().commit();
    em.close();
  }

  /** A file in the upload directory named as our API names a centre's upload. */
  private Path upload(String centreId, String extension) {
    return dir.resolve("uploads/" + centreId + "-" + UUID.randomUUID() + "." + extension);
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
  }

  /**
   * 1,000 data rows (spreadsheet rows 2 to 1001), the ones in BAD_ROWS invalid each in its own way.
   */
  private Path csv() throws IOException {
    StringBuilder b = new StringBuilder("reference,firstName,lastName,email,dateOfBirth,kind\n");
    for (long row = 2; row <= DATA_ROWS + 1; row++) {
      String ref = "R" + row;
      if (row == 7) {
        b.append(ref).append(",,Nofirst,,,\n");
      } else if (row == 150) {
        b.append(ref).append(",Ann,Bad,not-an-email,,\n");
      } else if (row == 151) {
        b.append(ref).append(",Ann,Date,,2001-02-30,\n");
      } else if (row == 400) {
        b.append(",Ann,Noref,,,\n");
      } else if (row == 777) {
        b.append(ref).append(",Ann,Kind,,,ALIEN\n");
      } else if (row == 901) {
        b.append(ref).append(",Too,Many,,,,extra\n");
      } else if (row == 1001) {
        b.append(ref).append(",\"Tab\tName\",Name,,,\n");
      } else {
        b.append(ref).append(",First").append(row).append(",Last,p").append(row);
        b.append("@example.ac.uk,2000-01-01,").append(row % 5 == 0 ? "APPLICANT" : "").append('\n');
      }
    }
    Path file = upload("NORTH", "csv");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  private Map<String, String> params(Path file, String format) {
    return Map.of(
        "centreId", "NORTH", "file", file.toString(), "format", format, "chunkSize", "100");
  }

  @Test
  void importsValidRowsSkipsAndRecordsBadOnes() throws Exception {
    Path file = csv();
    long id = batch.start("learner-import", params(file, "CSV"));
    JobExecution e = batch.await(id);

    assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
    assertEquals(DATA_ROWS, batch.metric(id, "import", MetricType.READ_COUNT));
    int bad = BAD_ROWS.size();
    assertEquals(DATA_ROWS - bad, batch.metric(id, "import", MetricType.WRITE_COUNT));
    assertEquals(bad, batch.metric(id, "import", MetricType.PROCESS_SKIP_COUNT));
    assertEquals(DATA_ROWS - bad, batch.db.count("select count(l) from Learner l"));
    assertEquals(
        // Every fifth row is an applicant; rows 150 and 400 among them are bad.
        198,
        batch.db.count("select count(l) from Learner l where l.kind = ?1", LearnerKind.APPLICANT));

    EntityManager em = batch.db.newEntityManager();
    List<SkippedRow> skipped =
        em.createQuery("select s from SkippedRow s order by s.rowNumber", SkippedRow.class)
            .getResultList();
    assertEquals(
        BAD_ROWS.stream().sorted().toList(),
        skipped.stream().map(SkippedRow::getRowNumber).toList());
    assertEquals("firstName is required", skipped.get(0).getReason());
    assertTrue(skipped.get(1).getReason().startsWith("email must be an email address"));
    assertEquals("dateOfBirth must be a date as YYYY-MM-DD", skipped.get(2).getReason());
    assertEquals("reference is required", skipped.get(3).getReason());
    assertEquals("kind must be LEARNER or APPLICANT", skipped.get(4).getReason());
    assertEquals("has 7 values but the header has 6 columns", skipped.get(5).getReason());
    // The CSV reader keeps the quoted tab; the validator refuses it in a name.
    assertEquals("firstName must not contain control characters", skipped.get(6).getReason());
    em.close();
    assertFalse(Files.exists(file), "a completed import deletes its upload");
  }

  @Test
  void restartAfterACrashBetweenCommitAndCheckpointAddsNoDuplicates() throws Exception {
    Path file = csv();
    // A chunk partway through reaches the database, then the "server" dies before the batch
    // runtime stores its checkpoint: the restart reads those rows again.
    batch.transactions.crashAfterCommit(4);
    long first = batch.start("learner-import", params(file, "CSV"));
    assertEquals(BatchStatus.FAILED, batch.await(first).getBatchStatus());
    long afterCrash = batch.db.count("select count(l) from Learner l");
    assertTrue(
        afterCrash > 0 && afterCrash < DATA_ROWS - BAD_ROWS.size(),
        "the crash left a partial import");
    assertTrue(Files.exists(file), "a failed import keeps its upload for the restart");

    long second = batch.restart(first);
    assertEquals(BatchStatus.COMPLETED, batch.await(second).getBatchStatus());

    assertEquals(DATA_ROWS - BAD_ROWS.size(), batch.db.count("select count(l) from Learner l"));
    assertEquals(
        DATA_ROWS - BAD_ROWS.size(),
        batch.db.count("select count(distinct l.reference) from Learner l"));
    assertEquals(BAD_ROWS.size(), batch.db.count("select count(s) from SkippedRow s"));
  }

  @Test
  void importsAJsonArrayAndUpdatesExistingLearners() throws Exception {
    Path first = upload("NORTH", "json");
    Files.writeString(
        first,
        """
        [{"reference":"J1","firstName":"Jo","lastName":"Ng","email":"jo@x.ac.uk","emailVerified":true},
         {"reference":"J2","firstName":"Al","lastName":"Bo","kind":"APPLICANT"},
         {"reference":"J3","firstName":"No","lastName":"Good","dateOfBirth":"tomorrow"},
         42]
        """);
    long id = batch.start("learner-import", params(first, "JSON"));
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());
    assertEquals(2, batch.db.count("select count(l) from Learner l"));
    assertEquals(2, batch.metric(id, "import", MetricType.PROCESS_SKIP_COUNT));

    Path second = dir.resolve("ops/b.json");
    Files.writeString(
        second,
        """
        [{"reference":"J1","firstName":"Joanna","lastName":"Ng","email":"jo@x.ac.uk"}]
        """);
    long again = batch.start("learner-import", params(second, "JSON"));
    assertEquals(BatchStatus.COMPLETED, batch.await(again).getBatchStatus());
    assertTrue(Files.exists(second), "a file the job did not store itself is left alone");
    assertEquals(2, batch.db.count("select count(l) from Learner l"));
    EntityManager em = batch.db.newEntityManager();
    Learner j1 =
        em.createQuery("select l from Learner l where l.reference = 'J1'", Learner.class)
            .getSingleResult();
    assertEquals("Joanna", j1.fields().firstName());
    assertFalse(j1.fields().emailVerified());
    em.close();
  }

  @Test
  void filesOutsideTheImportDirectoriesAreNeitherReadNorDeleted() throws Exception {
    Path elsewhere = dir.resolve("secret.csv");
    Files.writeString(elsewhere, "reference,firstName,lastName\nS1,Should,Not\n");
    long id = batch.start("learner-import", params(elsewhere, "CSV"));
    assertEquals(BatchStatus.FAILED, batch.await(id).getBatchStatus());
    assertEquals(0, batch.db.count("select count(l) from Learner l"));
    assertTrue(Files.exists(elsewhere));
    Path sneaky = dir.resolve("uploads/../secret.csv");
    assertEquals(
        BatchStatus.FAILED,
        batch.await(batch.start("learner-import", params(sneaky, "CSV"))).getBatchStatus());
  }

  @Test
  void aChangedWebUsernameIsRecordedAsDoneByWhoStartedTheImport() throws Exception {
    Path first = upload("NORTH", "csv");
    Files.writeString(
        first,
        "reference,firstName,lastName,webUsername\nW1,Wen,One,wen\nW2,Wes,Two,\nW3,Wil,Three,wil\n");
    assertEquals(
        BatchStatus.COMPLETED,
        batch.await(batch.start("learner-import", params(first, "CSV"))).getBatchStatus());
    // New records given a web username are recorded too (W1, W3), W2 without one is not.
    assertEquals(
        2,
        batch.db.count(
            "select count(a) from AuditEntry a where a.oldValue is null"
                + " and a.reference in ('W1', 'W3')"));
    assertEquals(2, batch.db.count("select count(a) from AuditEntry a"));

    Path second = upload("NORTH", "csv");
    Files.writeString(
        second,
        "reference,firstName,lastName,webUsername\nW1,Wen,One,manager\nW2,Wes,Two,wes\n"
            + "W3,Wilma,Three,wil\n");
    Map<String, String> params = new java.util.HashMap<>(params(second, "CSV"));
    params.put("startedBy", "manager");
    params.put("startedFrom", "192.0.2.7");
    params.put("startedFromBy", "manager");
    long id = batch.start("learner-import", params);
    assertEquals(BatchStatus.COMPLETED, batch.await(id).getBatchStatus());

    EntityManager em = batch.db.newEntityManager();
    List<String> entries =
        em.createQuery(
                "select a from AuditEntry a order by a.reference",
                org.bksbbridge.audit.AuditEntry.class)
            .getResultStream()
            .filter(a -> a.getVia().equals("learner-import " + id))
            .map(
                a ->
                    String.join(
                        " ",
                        a.getAction().name(),
                        a.getActor(),
                        a.getClientAddress(),
                        a.getVia(),
                        a.getCentreId(),
                        a.getReference(),
                        a.getField(),
                        String.valueOf(a.getOldValue()),
                        a.getNewValue()))
            .toList();
    em.close();
    // W3's name changed, not its web username: no entry.
    assertEquals(
        List.of(
            "WEB_USERNAME_CHANGED manager 192.0.2.7 learner-import "
                + id
                + " NORTH W1 webUsername wen manager",
            "WEB_USERNAME_CHANGED manager 192.0.2.7 learner-import "
                + id
                + " NORTH W2 webUsername null wes"),
        entries);
  }
}
