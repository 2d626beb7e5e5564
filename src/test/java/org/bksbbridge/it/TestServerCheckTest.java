package org.bksbbridge.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the test server's log must say before any in-server test may talk to its ports. */
class TestServerCheckTest {
  @TempDir Path dir;

  private Path log(String... lines) throws Exception {
    return Files.write(dir.resolve("messages.log"), java.util.List.of(lines));
  }

  @Test
  void aPortTheServerListensOnPasses() throws Exception {
    Path log =
        log(
            "[12/7/26, 9:01:02:345 UTC] 0000002a com.ibm.ws.tcpchannel.internal.TCPPort I"
                + " CWWKO0219I: TCP Channel defaultHttpEndpoint has been started and is now"
                + " listening for requests on host *  (IPv6) port 34021.");
    assertDoesNotThrow(() -> TestServerCheck.listening(log, 34021));
  }

  @Test
  void aPortItCouldNotBindFailsTheRunNamingIt() throws Exception {
    Path log =
        log(
            "[12/7/26, 9:01:02:345 UTC] 0000002a com.ibm.ws.tcpchannel.internal.TCPChannel E"
                + " CWWKO0221E: TCP Channel defaultHttpEndpoint initialization did not succeed."
                + "  The socket bind did not succeed for host * and port 9080.  The port might"
                + " already be in use.",
            "[12/7/26, 9:01:02:345 UTC] 0000002a com.ibm.ws.tcpchannel.internal.TCPPort I"
                + " CWWKO0219I: TCP Channel defaultHttpEndpoint-ssl has been started and is now"
                + " listening for requests on host *  (IPv6) port 19080.");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> TestServerCheck.listening(log, 9080));
    assertTrue(e.getMessage().contains("could not bind port 9080"), e.getMessage());
  }
}
