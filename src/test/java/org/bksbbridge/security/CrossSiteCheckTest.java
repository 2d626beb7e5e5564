package org.bksbbridge.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteCheckTest {
  private static final String HOST = "bridge.example.ac.uk:9080";

  @Test
  void sessionCallsThatChangeStateNeedOurOriginOrACustomHeader() {
    assertFalse(CrossSiteCheck.sessionCallAllowed("POST", null, HOST, null));
    assertFalse(CrossSiteCheck.sessionCallAllowed("POST", "https://evil.example", HOST, null));
    assertFalse(CrossSiteCheck.sessionCallAllowed("DELETE", "null", HOST, null));
    assertFalse(CrossSiteCheck.sessionCallAllowed("PUT", "http://" + HOST + ".evil", HOST, " "));
    assertTrue(CrossSiteCheck.sessionCallAllowed("POST", "http://" + HOST, HOST, null));
    assertTrue(
        CrossSiteCheck.sessionCallAllowed(
            "PATCH", "https://BRIDGE.example.ac.uk:9080", HOST, null));
    assertTrue(CrossSiteCheck.sessionCallAllowed("POST", null, HOST, "XMLHttpRequest"));
  }

  @Test
  void readingNeedsNoProof() {
    assertTrue(CrossSiteCheck.sessionCallAllowed("GET", "https://evil.example", HOST, null));
    assertTrue(CrossSiteCheck.sessionCallAllowed("HEAD", null, HOST, null));
    assertTrue(CrossSiteCheck.changesState("post"));
    assertFalse(CrossSiteCheck.changesState("options"));
  }

  @Test
  void basicCallsOfProgramsPassButNotFromAnotherSitesPage() {
    assertTrue(CrossSiteCheck.basicCallAllowed("POST", null, HOST));
    assertTrue(CrossSiteCheck.basicCallAllowed("PUT", "http://" + HOST, HOST));
    assertFalse(CrossSiteCheck.basicCallAllowed("POST", "https://evil.example", HOST));
  }

  @Test
  void defaultPortsMatchAMissingOne() {
    assertTrue(CrossSiteCheck.sameOrigin("https://bridge.example.ac.uk", "bridge.example.ac.uk"));
    assertTrue(
        CrossSiteCheck.sameOrigin("https://bridge.example.ac.uk", "bridge.example.ac.uk:443"));
    assertTrue(CrossSiteCheck.sameOrigin("http://bridge.example.ac.uk", "bridge.example.ac.uk"));
    assertFalse(
        CrossSiteCheck.sameOrigin("https://bridge.example.ac.uk:8443", "bridge.example.ac.uk"));
    assertFalse(CrossSiteCheck.sameOrigin("http://localhost:9080", "localhost:9443"));
    assertTrue(CrossSiteCheck.sameOrigin("http://[::1]:9080", "[::1]:9080"));
  }

  @Test
  void malformedOriginsAreNotOurs() {
    assertFalse(CrossSiteCheck.sameOrigin("http://[bad", HOST));
    assertFalse(CrossSiteCheck.sameOrigin("http://" + HOST, null));
  }

  @Test
  void anHttpsOnlyServerRefusesPlainHttpOrigins() {
    assertFalse(CrossSiteCheck.schemeAllowed("http://bridge.example", true));
    assertFalse(CrossSiteCheck.schemeAllowed("null", true));
    assertTrue(CrossSiteCheck.schemeAllowed("HTTPS://bridge.example", true));
    assertTrue(CrossSiteCheck.schemeAllowed(null, true), "no Origin: left to the other checks");
    assertTrue(CrossSiteCheck.schemeAllowed("http://localhost:9080", false), "dev over http");
  }
}
