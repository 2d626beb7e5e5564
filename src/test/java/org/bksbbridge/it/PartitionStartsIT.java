package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The results job with 16 partitions, twenty runs in a row, on the database the test server runs
 * (embedded Derby unless told otherwise); every run must complete with every learner read. On Derby
 * the partitions start together only with jvm.options' Derby properties (db-derby.xml explains
 * why): without them, and with the larger ranges alone, this test failed run 7 on a fresh database
 * (40XL1 on Liberty's INSERT INTO WLPSTEPTHREADEXECUTION), and before the executor's core threads
 * were set (server.xml) its first run stalled for minutes.
 */
@ExtendWith(ArquillianExtension.class)
class PartitionStartsIT {
  private static final int RUNS = 20;
  private static final int LEARNERS = 32;

  private final Api manager = Api.as("manager");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void sixteenPartitionsStartTogetherTwentyTimesAndEveryRunCompletes() throws Exception {
    String centre = manager.centreOnTheSandbox("P", "");
    // A bksb account of its own (the sandbox's second key, the pom's test server): results are
    // held per account, and twenty full runs over users 1 to 32 under the shared key would make
    // other tests' first downloads of those users find them held already (AssessmentsIT did).
    Api.Reply own =
        Api.as("admin")
            .put(
                "/api/v1/centres/" + centre + "/bksb/settings",
                "{\"enabled\":true,\"apiUrl\":\""
                    + Deployments.baseUrl()
                    + "/bksb-sandbox/\",\"accessKeyId\":\"partition-key\","
                    + "\"secretAccessKey\":\"partition-secret\",\"databridgeAcknowledged\":true}");
    assertEquals(200, own.status(), own.body());
    Api.listBksbUsers();
    for (int i = 1; i <= LEARNERS; i++) {
      String learner = "/api/v1/centres/" + centre + "/learners/PART-" + i;
      assertEquals(
          201, manager.put(learner, "{\"firstName\":\"Part\",\"lastName\":\"Ition\"}").status());
      Api.Reply linked = manager.put(learner + "/bksb/link", "{\"bksbUserId\":\"" + i + "\"}");
      assertEquals(200, linked.status(), linked.body());
    }

    List<String> failed = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      Api.Reply started =
          manager.post(
              "/api/v1/jobs/bksb-get-assessments",
              "application/json",
              "{\"centreId\":\"" + centre + "\",\"partitions\":\"16\",\"full\":\"true\"}");
      assertEquals(202, started.status(), started.body());
      JsonObject end = manager.awaitJob(started.json().getJsonNumber("executionId").longValue());
      if (!"COMPLETED".equals(end.getString("batchStatus"))
          || end.getJsonObject("counters").getInt("learners") != LEARNERS) {
        failed.add("run " + run + ": " + end);
      }
    }
    assertEquals(List.of(), failed, "runs that did not complete with every learner read");
  }
}
