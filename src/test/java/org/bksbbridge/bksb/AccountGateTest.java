package org.bksbbridge.bksb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-account limits every partition and refresh of a server shares. */
class AccountGateTest {
  @Test
  void neverMoreCallsInFlightThanAllowed() throws Exception {
    AccountGate gate = new AccountGate(3, 0);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Thread t =
          new Thread(
              () -> {
                for (int k = 0; k < 5; k++) {
                  try (AccountGate.Pass p = gate.enter()) {
                    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    Thread.sleep(5);
                    inFlight.decrementAndGet();
                  } catch (InterruptedException e) {
                    throw new AssertionError(e);
                  }
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(3, most.get());
    assertEquals(3, gate.available(), "every place given back");
  }

  @Test
  void callsPerSecondSpacesCallsWhoeverMakesThem() throws Exception {
    AccountGate gate = new AccountGate(8, 50);
    long t = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread th =
          new Thread(
              () -> {
                for (int k = 0; k < 10; k++) {
                  gate.enter().close();
                }
              });
      th.start();
      threads.add(th);
    }
    for (Thread th : threads) {
      th.join();
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    // 40 calls at 50 a second: the 40th goes 39 slots after the first, whichever thread asks.
    assertTrue(seconds >= 0.75, "took " + seconds + " s");
  }

  @Test
  void a429PausesEveryCallerOfTheAccount() {
    AccountGate gate = new AccountGate(8, 0);
    gate.pause(Duration.ofMillis(300));
    long t = System.nanoTime();
    gate.enter().close();
    assertTrue((System.nanoTime() - t) / 1e6 >= 280, "a call waited out the pause");
    t = System.nanoTime();
    gate.enter().close();
    assertTrue((System.nanoTime() - t) / 1e6 < 100, "and the next goes at once");
  }

  @Test
  void oneGatePerAccountNotPerCentre() {
    AccountGates gates = new AccountGates(8, 0);
    URI api = URI.create("https://bksb.example/api/");
    BksbConnection north = new BksbConnection(api, "key", "s", "NORTH", false);
    BksbConnection south = new BksbConnection(api, "key", "s", "SOUTH", true);
    BksbConnection other = new BksbConnection(api, "other", "s", "WEST", false);
    assertSame(gates.of(north), gates.of(south));
    assertNotSame(gates.of(north), gates.of(other));
  }
}
