package org.bksbbridge.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.ResultType;
import org.bksbbridge.refusal.Refusal;
import org.bksbbridge.sandbox.SandboxResult;
import org.bksbbridge.sync.assessments.AssessmentFixture;
import org.bksbbridge.testing.AdminCaller;
import org.bksbbridge.testing.SeEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MIS's events of a results run under JBeret SE: one per stored result with the run's end,
 * written with the change, positioned once committed, paged by cursor without loss or repeat, and
 * past retention a 410.
 */
class EventFeedJobTest {
  private static final int LEARNERS = 12;

  private AssessmentFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new AssessmentFixture(30, 4, AdminCaller.class);
    for (int i = 1; i <= LEARNERS; i++) {
      f.linked("NORTH", "N" + i, i);
    }
    f.linked("SOUTH", "S1", 20);
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }

  private static int sequence() {
    return bean(EventSequencing.class).sequence(EventSequencer.BATCH);
  }

  /** The whole feed of a centre from the start, 7 a page. */
  private static List<EventView> readAll(String centre) {
    EventFeed feed = bean(EventFeed.class);
    List<EventView> all = new ArrayList<>();
    String after = null;
    while (true) {
      EventFeed.Page p = feed.page(centre, after, "7");
      all.addAll(p.events());
      if (p.events().isEmpty()) {
        assertTrue(feed.page(centre, p.next(), "7").events().isEmpty(), "the end stays the end");
        return all;
      }
      after = p.next();
    }
  }

  private static long ofType(List<EventView> events, EventType type) {
    return events.stream().filter(e -> e.type().equals(type.wire())).count();
  }

  @Test
  void aResultsRunIsTheCentresEventsInCommitOrderOncePositioned() throws Exception {
    long run = f.run(Map.of("partitions", "3", "chunkSize", "4"), BatchStatus.COMPLETED);
    assertTrue(readAll("NORTH").isEmpty(), "nothing is in the feed until positioned");
    int positioned = sequence();
    // Two initial results a user (diagnostics are off); the fixture's bksb-get-users run and
    // this one end once in each centre.
    assertEquals((LEARNERS + 1) * 2 + 4, positioned);

    List<EventView> north = readAll("NORTH");
    assertEquals(LEARNERS * 2, ofType(north, EventType.RESULT_CREATED));
    assertEquals(2, ofType(north, EventType.JOB_COMPLETED));
    assertEquals(north.size(), new HashSet<>(north.stream().map(EventView::id).toList()).size());
    EventView end = north.get(north.size() - 1);
    assertEquals("job.completed", end.type(), "the run's end commits after its results");
    assertEquals(run, end.data().get("executionId"));

    EventView r = north.stream().filter(e -> e.type().equals("result.created")).findFirst().get();
    assertEquals("NORTH", r.centre());
    String ref = (String) r.data().get("learnerReference");
    long user = (Long) r.data().get("bksbUserId");
    assertEquals("N" + user, ref);
    assertEquals("INITIAL", r.data().get("type"));
    assertTrue(r.data().get("result") instanceof String);
    assertTrue(r.data().get("completedAt") instanceof String);
    assertTrue(r.data().containsKey("sessionId"));

    List<EventView> south = readAll("SOUTH");
    assertEquals(4, south.size(), "the other centre sees its own only");
    assertTrue(south.stream().allMatch(e -> e.centre().equals("SOUTH")));

    // bksb regrades one result: one result.updated, and the run's end.
    SandboxResult first =
        f.sandbox.state.results(2).stream()
            .filter(x -> x.type() == ResultType.INITIAL)
            .findFirst()
            .orElseThrow();
    f.sandbox.state.putResult(
        2,
        new SandboxResult(
            first.sessionId(),
            first.type(),
            first.subject(),
            "Maths Level 2 (regraded)",
            first.percent(),
            first.completed()));
    f.run(Map.of("full", "true"), BatchStatus.COMPLETED);
    sequence();
    List<EventView> after = readAll("NORTH");
    List<EventView> added = after.subList(north.size(), after.size());
    assertEquals(2, added.size(), added.toString());
    assertEquals("result.updated", added.get(0).type());
    assertEquals("N2", added.get(0).data().get("learnerReference"));
    assertEquals("Maths Level 2 (regraded)", added.get(0).data().get("result"));
    assertEquals(north, after.subList(0, north.size()), "what was read stays where it was");
  }

  @Test
  void aCursorPastRetentionIsGoneAndTheFeedSaysWhy() throws Exception {
    f.run(Map.of("centreId", "SOUTH"), BatchStatus.COMPLETED);
    sequence();
    EventFeed feed = bean(EventFeed.class);
    EventFeed.Page first = feed.page("SOUTH", null, "2");
    assertEquals(2, first.events().size());
    String end = feed.page("SOUTH", null, "0").next();
    assertTrue(feed.page("SOUTH", end, null).events().isEmpty(), "limit=0: the feed's end");

    var now = SeEnvironment.TEST_CLOCK.instant();
    EventSequencer.purge(bean(EventSequencing.class), now.plus(Duration.ofDays(1)));
    assertEquals(0, f.batch.db.count("select count(e) from MisEvent e"));
    Refusal gone = assertThrows(Refusal.class, () -> feed.page("SOUTH", first.next(), null));
    assertEquals(Refusal.Kind.GONE, gone.kind());
    assertTrue(gone.getMessage().contains("resynchronise"), gone.getMessage());
    assertTrue(feed.page("SOUTH", end, null).events().isEmpty(), "the end's cursor still reads");
    assertTrue(feed.page("SOUTH", null, null).events().isEmpty());
  }

  @Test
  void badCursorsAndLimitsNameTheirField() {
    EventFeed feed = bean(EventFeed.class);
    assertTrue(
        assertThrows(Refusal.class, () -> feed.page("NORTH", "abc", null))
            .fields()
            .containsKey("after"));
    assertTrue(
        assertThrows(Refusal.class, () -> feed.page("NORTH", "-3", null))
            .fields()
            .containsKey("after"));
    assertTrue(
        assertThrows(Refusal.class, () -> feed.page("NORTH", null, "5000"))
            .fields()
            .containsKey("limit"));
    assertTrue(
        assertThrows(Refusal.class, () -> feed.page("NORTH", null, "ten"))
            .fields()
            .containsKey("limit"));
  }
}
