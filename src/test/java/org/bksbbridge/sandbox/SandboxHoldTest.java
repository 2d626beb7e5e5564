package org.bksbbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bksbbridge.refusal.Refusal;
import org.junit.jupiter.api.Test;

class SandboxHoldTest {
  private final SandboxHold hold = new SandboxHold();

  private void awaitWaiting(int n) throws InterruptedException {
    for (int i = 0; i < 200 && !hold.view().get("waiting").equals(n); i++) {
      Thread.sleep(10);
    }
    assertEquals(n, hold.view().get("waiting"));
  }

  @Test
  void openCallsPassAtOnce() {
    hold.pass();
    assertEquals(Map.of("closed", false, "waiting", 0, "arrived", 0L), hold.view());
  }

  @Test
  void aClosedHoldKeepsCallsUntilItOpens() throws Exception {
    hold.close();
    CompletableFuture<Void> first = CompletableFuture.runAsync(hold::pass);
    CompletableFuture<Void> second = CompletableFuture.runAsync(hold::pass);
    awaitWaiting(2);
    Thread.sleep(100);
    assertFalse(first.isDone() || second.isDone(), "held while closed");
    hold.open();
    first.get(5, TimeUnit.SECONDS);
    second.get(5, TimeUnit.SECONDS);
    assertEquals(Map.of("closed", false, "waiting", 0, "arrived", 2L), hold.view());
  }

  @Test
  void aResetOpensIt() throws Exception {
    SandboxState state = new SandboxState(Map.of("k", "s"), new SandboxGenerator(1, 1, 1));
    state.hold().close();
    CompletableFuture<Void> call = CompletableFuture.runAsync(state.hold()::pass);
    for (int i = 0; i < 200 && state.hold().view().get("waiting").equals(0); i++) {
      Thread.sleep(10);
    }
    state.reset();
    call.get(5, TimeUnit.SECONDS);
    assertTrue(call.isDone());
    assertEquals(false, state.hold().view().get("closed"));
  }

  @Test
  void theAdminApiClosesAndOpensItAndRefusesAnythingElseNamingTheField() {
    SandboxState state = new SandboxState(Map.of("k", "s"), new SandboxGenerator(1, 1, 1));
    SandboxAdminResource admin = SandboxAdminResource.of(state);
    assertEquals(
        true, admin.hold(Json.createObjectBuilder().add("closed", true).build()).get("closed"));
    assertEquals(true, admin.held().get("closed"));
    assertEquals(
        false, admin.hold(Json.createObjectBuilder().add("closed", false).build()).get("closed"));
    for (JsonObject bad :
        new JsonObject[] {
          Json.createObjectBuilder().add("closed", "maybe").build(),
          Json.createObjectBuilder().build(),
          Json.createObjectBuilder().add("closed", true).add("open", 1).build()
        }) {
      Refusal r = assertThrows(Refusal.class, () -> admin.hold(bad), bad.toString());
      assertEquals(Refusal.Kind.INVALID, r.kind());
      assertFalse(r.fields().isEmpty(), bad.toString());
    }
    assertEquals(Map.of("closed", "must be true or false"), refusalOf("{\"closed\":\"maybe\"}"));
    assertEquals(false, admin.held().get("closed"), "a refused body changes nothing");
  }

  private static Map<String, String> refusalOf(String json) {
    JsonObject body = Json.createReader(new java.io.StringReader(json)).readObject();
    return assertThrows(Refusal.class, () -> SandboxRequests.holdClosed(body)).fields();
  }
}
