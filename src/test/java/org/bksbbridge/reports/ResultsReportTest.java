package org.bksbbridge.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.time.LocalDateTime;
import java.util.Map;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.bksb.Subject;
import org.bksbbridge.learner.LearnerKind;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sandbox.SandboxResult;
import org.bksbbridge.sync.assessments.AssessmentFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "BKSB Results" over results the job downloaded from the sandbox. */
class ResultsReportTest {
  private AssessmentFixture f;
  private ResultsReportBuilder builder;

  @BeforeEach
  void start() throws Exception {
    f = new AssessmentFixture(10, 6);
    for (int i = 1; i <= 4; i++) {
      f.linked("NORTH", "N" + i, i);
    }
    f.linked("NORTH", "A5", LearnerKind.APPLICANT, 5, null);
    // Learner 1 retook English: the newer result is the one that counts.
    f.sandbox.state.putResult(
        1,
        new SandboxResult(
            9_000_001,
            ResultType.INITIAL,
            Subject.ENGLISH,
            "English Level 2",
            null,
            LocalDateTime.of(2026, 11, 25, 9, 30)));
    f.run(Map.of("partitions", "2"), BatchStatus.COMPLETED);
    builder = new ResultsReportBuilder();
    builder.results = org.bksbbridge.results.AssessmentResultRepository.of(f.batch.db.current());
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private ResultsReport report(String subject, String type, String level, String from, String to) {
    return builder.build("NORTH", ResultsReportFilters.parse(subject, type, level, from, to));
  }

  private ResultsReport ofKind(String kind) {
    return builder.build("NORTH", ResultsReportFilters.parse(null, null, null, null, null, kind));
  }

  @Test
  void latestInitialLevelPerLearnerAndSubject() {
    ResultsReport all = report(null, null, null, null, null);
    assertEquals(15, all.rows().size(), "four learners and an applicant, three subjects");
    ResultsReport english = report("english", null, null, null, null);
    assertEquals(5, english.rows().size());
    ResultsReport.Row first =
        english.rows().stream().filter(r -> r.reference().equals("N1")).findFirst().orElseThrow();
    assertEquals("LEVEL_2", first.level(), "the retake, not the first attempt");
    assertEquals(
        5,
        english.levelsBySubject().get("ENGLISH").values().stream()
            .mapToInt(Integer::intValue)
            .sum());
    ResultsReport level2 = report("ENGLISH", "initial", "level_2", null, null);
    assertTrue(level2.rows().stream().allMatch(r -> r.level().equals("LEVEL_2")));
    assertTrue(level2.rows().stream().anyMatch(r -> r.reference().equals("N1")));
  }

  @Test
  void learnersOrApplicantsAlone() {
    ResultsReport applicants = ofKind("applicant");
    assertEquals(3, applicants.rows().size(), "the applicant's three subjects");
    assertTrue(applicants.rows().stream().allMatch(r -> r.kind().equals("APPLICANT")));
    assertEquals("APPLICANT", applicants.filters().kind());
    assertEquals(
        3,
        applicants.levelsBySubject().values().stream()
            .flatMap(m -> m.values().stream())
            .mapToInt(Integer::intValue)
            .sum(),
        "the counts follow the filter");
    ResultsReport learners = ofKind("LEARNER");
    assertEquals(12, learners.rows().size());
    assertTrue(learners.rows().stream().allMatch(r -> r.kind().equals("LEARNER")));
    Refusal bad = assertThrows(Refusal.class, () -> ofKind("tutor"));
    assertEquals("must be one of LEARNER, APPLICANT", bad.fields().get("kind"));
  }

  @Test
  void datesFilterOnCompletionAndDiagnosticsCanBeAsked() {
    ResultsReport lateNovember = report("ENGLISH", null, null, "2026-11-25", "2026-11-25");
    assertEquals(1, lateNovember.rows().size(), "only the retake was on 25 November");
    assertEquals(0, report(null, "DIAGNOSTIC", null, null, null).rows().size(), "diagnostics off");
  }

  @Test
  void badFiltersNameTheirField() {
    Refusal e =
        assertThrows(
            Refusal.class,
            () -> ResultsReportFilters.parse(null, "final", "Level 9", "yesterday", null));
    assertTrue(
        e.fields().keySet().containsAll(java.util.List.of("type", "level", "from")),
        e.fields().toString());
    Refusal order =
        assertThrows(
            Refusal.class,
            () -> ResultsReportFilters.parse(null, null, null, "2026-11-02", "2026-11-01"));
    assertTrue(order.fields().containsKey("to"));
  }
}
