package org.bksbbridge.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiUrlPolicyTest {
  private final ApiUrlPolicy withSandbox =
      new ApiUrlPolicy(
          "live2api.bksblive2.co.uk, *.bksb.example", true, "http://localhost:9080/bksb-sandbox/");
  private final ApiUrlPolicy withoutSandbox =
      new ApiUrlPolicy("live2api.bksblive2.co.uk", false, "http://localhost:9080/bksb-sandbox/");

  @ParameterizedTest
  @CsvSource({
    "https://live2api.bksblive2.co.uk/, https://live2api.bksblive2.co.uk/",
    "HTTPS://LIVE2API.bksblive2.co.uk, https://live2api.bksblive2.co.uk/",
    "https://live2api.bksblive2.co.uk:443/v2, https://live2api.bksblive2.co.uk:443/v2/",
    "https://eu.bksb.example/, https://eu.bksb.example/",
    "http://localhost:9080/bksb-sandbox, http://localhost:9080/bksb-sandbox/",
    "http://localhost:9080/x/../bksb-sandbox/, http://localhost:9080/bksb-sandbox/",
  })
  void allowsBksbHostsAndTheSandboxNormalised(String url, String stored) {
    assertEquals(new ApiUrlPolicy.Allowed(stored), withSandbox.check(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://attacker.example/",
        "https://live2api.bksblive2.co.uk.attacker.example/",
        "https://bksb.example/",
        "https://xbksb.example/",
        "http://live2api.bksblive2.co.uk/",
        "https://live2api.bksblive2.co.uk:8443/",
        "https://user:pw@live2api.bksblive2.co.uk/",
        "https://live2api.bksblive2.co.uk/?a=1",
        "https://live2api.bksblive2.co.uk/#f",
        "http://localhost:9080/bksb-sandbox/../api/v1/",
        "http://localhost:9080/bksb-sandbox/admin/",
        "http://localhost:9081/bksb-sandbox/",
        "http://127.0.0.1:9080/bksb-sandbox/",
        "http://localhost:9080/../bksb-sandbox/",
        "ftp://live2api.bksblive2.co.uk/",
        "mailto:someone@example.com",
        "not a url",
        "//live2api.bksblive2.co.uk/",
      })
  void refusesEverythingElse(String url) {
    assertInstanceOf(ApiUrlPolicy.Refused.class, withSandbox.check(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://localhost:9080/bksb-sandbox/", "http://localhost:9080/bksb-sandbox"})
  void theSandboxOnlyWhileItIsOn(String url) {
    assertInstanceOf(ApiUrlPolicy.Refused.class, withoutSandbox.check(url));
  }
}
