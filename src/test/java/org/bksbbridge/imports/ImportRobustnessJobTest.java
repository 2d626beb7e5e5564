package org.bksbbridge.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bksbbridge.centre.Centre;
import org.bksbbridge.jobs.SkippedRow;
import org.bksbbridge.testing.SeBatch;
import org.bksbbridge.testing.SeDatabase;
import org.bksbbridge.testing.SeEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: one bad row, whatever is wrong with it, is a skipped row and the rest import; a file
 * that cannot be read at all, or parameters our API would refuse, end the job FAILED with a reason.
 */
class ImportRobustnessJobTest {
  @TempDir Path dir;
  private SeBatch batch;

  @BeforeEach
  void start() throws Exception {
    batch = new SeBatch(new SeEnvironment(new SeDatabase()).importRoot(dir));
    centre("NORTH");
    centre("SOUTH");
  }

  @AfterEach
  void stop() {
    batch.close();
    batch.db.close();
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

  private Path upload(String centreId, String extension, String content) throws Exception {
    Path file = dir.resolve("uploads/" + centreId + "-" + UUID.randomUUID() + "." + extension);
    Files.writeString(file, content);
    return file;
  }

  private JobExecution run(String centreId, Path file, String format) throws Exception {
    return batch.await(
        batch.start(
            "learner-import",
            Map.of(
                "centreId",
                centreId,
                "file",
                file.toString(),
                "format",
                format,
                "chunkSize",
                "3")));
  }

  private List<SkippedRow> skipped() {
    EntityManager em = batch.db.newEntityManager();
    try {
      return em.createQuery("select s from SkippedRow s order by s.rowNumber", SkippedRow.class)
          .getResultList();
    } finally {
      em.close();
    }
  }

  @Test
  void everyBrokenCsvRowIsSkippedWithItsReasonAndTheRestImport() throws Exception {
    String csv =
        "reference,firstName,lastName,startDate\n"
            + "A2,Ann,Two,2025-09-01\n"
            + "A3,Ann,Three,+10000-01-01\n"
            + "A4,\"Stray,Four,\n"
            + "A5,Ann,Five,\n"
            + "A6,"
            + "x".repeat(CsvRowSource.MAX_ROW_CHARS)
            + ",Six,\n"
            + "A7,Ann,Seven,\n"
            + "A8,\"Ann\",Eight,\n"
            + "A9,Ann,\"Nine";
    JobExecution e = run("NORTH", upload("NORTH", "csv", csv), "CSV");

    assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
    assertEquals(4, batch.db.count("select count(l) from Learner l"));
    List<SkippedRow> skipped = skipped();
    assertEquals(List.of(3L, 4L, 6L, 9L), skipped.stream().map(SkippedRow::getRowNumber).toList());
    assertEquals("startDate must be between 1900-01-01 and 9999-12-31", skipped.get(0).getReason());
    assertEquals("A3", skipped.get(0).getReference());
    assertEquals(CsvRowSource.UNCLOSED, skipped.get(1).getReason());
    assertEquals("is longer than 100000 characters", skipped.get(2).getReason());
    assertEquals(CsvRowSource.UNCLOSED, skipped.get(3).getReason());
  }

  @Test
  void aBrokenOrTruncatedJsonElementIsSkippedAndTheRestImport() throws Exception {
    String json =
        "[{\"reference\":\"J1\",\"firstName\":\"A\",\"lastName\":\"B\"},\n"
            + " {\"reference\":\"J2\",\"firstName\":\"A\" \"lastName\":\"B\"},\n"
            + " {\"reference\":\"J3\",\"firstName\":\"A\",\"lastName\":\"B\"},\n"
            + " {\"reference\":\"J4\",\"firstName\":\"A\",\"lastName\":\"B\",\"endDate\":\"+10000-01-01\"},\n"
            + " {\"reference\":\"J5\",\"firstName\":\"A\",\"lastName\":\"B\"},\n"
            + " {\"reference\":\"J6\",\"firstName\":\"A\",\"la";
    JobExecution e = run("NORTH", upload("NORTH", "json", json), "JSON");

    assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
    assertEquals(3, batch.db.count("select count(l) from Learner l"));
    List<SkippedRow> skipped = skipped();
    assertEquals(List.of(2L, 4L, 6L), skipped.stream().map(SkippedRow::getRowNumber).toList());
    assertTrue(skipped.get(0).getReason().startsWith("is not valid JSON"));
    assertEquals("endDate must be between 1900-01-01 and 9999-12-31", skipped.get(1).getReason());
    assertEquals(
        "is cut off: the file ends inside it (is the file truncated?)", skipped.get(2).getReason());
  }

  @Test
  void aFileThatCannotBeReadAtAllFailsWithItsReasonInTheExitStatusAndSkippedList()
      throws Exception {
    Path csv = upload("NORTH", "csv", "reference,firstName,shoeSize\nR1,A,9\n");
    JobExecution e = run("NORTH", csv, "CSV");
    assertEquals(BatchStatus.FAILED, e.getBatchStatus());
    assertTrue(
        e.getExitStatus().startsWith("the file cannot be imported: unknown column 'shoeSize'"),
        e.getExitStatus());
    assertEquals(1, skipped().size());
    assertEquals(1, skipped().get(0).getRowNumber());
    assertTrue(skipped().get(0).getReason().startsWith("unknown column 'shoeSize'"));
    assertTrue(Files.exists(csv), "kept: it may be looked at, and the sweep removes it");

    JobExecution json = run("NORTH", upload("NORTH", "json", "{\"reference\":\"x\"}"), "JSON");
    assertEquals(BatchStatus.FAILED, json.getBatchStatus());
    assertEquals(
        "the file cannot be imported: a JSON import must be an array of learner objects",
        json.getExitStatus());
    assertEquals(0, batch.db.count("select count(l) from Learner l"));
  }

  @Test
  void theJobRefusesAMissingCentreAndAnotherCentresUpload() throws Exception {
    String rows = "reference,firstName,lastName\nS1,Should,Not\n";
    Path north = upload("NORTH", "csv", rows);

    JobExecution stolen = run("SOUTH", north, "CSV");
    assertEquals(BatchStatus.FAILED, stolen.getBatchStatus());
    assertEquals("the file is not an upload of centre SOUTH", stolen.getExitStatus());

    JobExecution nowhere = run("NOWHERE", north, "CSV");
    assertEquals(BatchStatus.FAILED, nowhere.getBatchStatus());
    assertEquals("no centre NOWHERE", nowhere.getExitStatus());

    Path unnamed = dir.resolve("uploads/learners.csv");
    Files.writeString(unnamed, rows);
    assertEquals(
        "the file is not an upload of centre NORTH", run("NORTH", unnamed, "CSV").getExitStatus());
    assertEquals(
        "the job parameter 'format' must be CSV or JSON",
        run("NORTH", north, "XML").getExitStatus());

    assertEquals(0, batch.db.count("select count(l) from Learner l"));
    assertTrue(Files.exists(north), "a refused job leaves the upload to its own centre's import");
    assertEquals(BatchStatus.COMPLETED, run("NORTH", north, "CSV").getBatchStatus());
    assertFalse(Files.exists(north));
  }
}
