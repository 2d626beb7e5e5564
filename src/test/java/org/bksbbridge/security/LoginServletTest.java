package org.bksbbridge.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginServletTest {
  @Test
  void onlyPathsInsideTheApplicationAreFollowed() {
    assertEquals("/learners.xhtml?centre=N", LoginServlet.safeNext("/learners.xhtml?centre=N"));
    assertEquals("/", LoginServlet.safeNext(null));
    assertEquals("/", LoginServlet.safeNext("https://evil.example/"));
    assertEquals("/", LoginServlet.safeNext("//evil.example/"));
    assertEquals("/", LoginServlet.safeNext("/\\evil.example/"));
  }

  @Test
  void lineBreaksCannotSplitTheRedirect() {
    assertEquals("/", LoginServlet.safeNext("/learners.xhtml\r\nSet-Cookie: x=1"));
    assertEquals("/", LoginServlet.safeNext("/a\nb"));
    assertEquals("/", LoginServlet.safeNext("/a\tb"));
  }
}
