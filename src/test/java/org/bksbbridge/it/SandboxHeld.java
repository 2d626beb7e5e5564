package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

/**
 * The sandbox's hold, closed for a try-with-resources block: every bksb call a run makes waits
 * until the block ends (or {@link #open} is called), so the run is certainly still in progress
 * while the test looks at it or stops it. Tests used to make bksb slow and hope; on a fast or a
 * busy machine the run ended first.
 */
final class SandboxHeld implements AutoCloseable {
  private final Api admin;
  private boolean open;

  private SandboxHeld(Api admin) {
    this.admin = admin;
  }

  static SandboxHeld close(Api admin) {
    Api.Reply r = admin.put("/bksb-sandbox/admin/hold", "{\"closed\":true}");
    assertEquals(200, r.status(), r.body());
    return new SandboxHeld(admin);
  }

  /** Waits until a call of the run is held: from then on, the run cannot end by itself. */
  void awaitACall() throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      if (admin.get("/bksb-sandbox/admin/hold").json().getInt("waiting") > 0) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no bksb call reached the sandbox's hold within 60 s");
  }

  void open() {
    if (!open) {
      Api.Reply r = admin.put("/bksb-sandbox/admin/hold", "{\"closed\":false}");
      assertEquals(200, r.status(), r.body());
      open = true;
    }
  }

  @Override
  public void close() {
    open();
  }
}
