package org.bksbbridge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldRedirectFilterTest {
  /** What reached the server's response, in order. */
  private final List<String> sent = new ArrayList<>();

  private final HttpServletResponse response =
      (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (p, m, a) -> {
                switch (m.getName()) {
                  case "sendRedirect" -> sent.add("redirect " + a[0]);
                  case "addCookie" -> sent.add("cookie " + ((Cookie) a[0]).getName());
                  case "isCommitted" -> {
                    return sent.stream().anyMatch(s -> s.startsWith("redirect"));
                  }
                  default -> {}
                }
                return null;
              });

  private final HttpServletRequest request =
      (HttpServletRequest)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (p, m, a) -> null);

  /** What the Faces servlet does with the response the filter hands it. */
  private interface Page {
    void work(HttpServletResponse page) throws IOException, ServletException;
  }

  private void run(Page page) throws Exception {
    FilterChain faces = (req, res) -> page.work((HttpServletResponse) res);
    new HeldRedirectFilter().doFilter(request, response, faces);
  }

  @Test
  void theRedirectLeavesOnlyAfterTheRequestsLastWork() throws Exception {
    run(
        page -> {
          page.sendRedirect("/learner.xhtml?ref=P1");
          assertTrue(sent.isEmpty(), "nothing sent while Faces still works: " + sent);
          assertTrue(page.isCommitted(), "the page sees its redirect as sent");
          // What Faces does after asking (here a cookie, as the flash sets one) still reaches it.
          page.addCookie(new Cookie("late", "1"));
        });
    assertEquals(List.of("cookie late", "redirect /learner.xhtml?ref=P1"), sent);
  }

  @Test
  void aSecondRedirectIsRefusedAsAfterASentOne() throws Exception {
    run(
        page -> {
          page.sendRedirect("/a.xhtml");
          assertThrows(IllegalStateException.class, () -> page.sendRedirect("/b.xhtml"));
        });
    assertEquals(List.of("redirect /a.xhtml"), sent);
  }

  @Test
  void aRequestThatFailsAfterAskingGetsNoRedirect() {
    assertThrows(
        ServletException.class,
        () ->
            run(
                page -> {
                  page.sendRedirect("/a.xhtml");
                  throw new ServletException("failed after the action");
                }));
    assertTrue(sent.isEmpty(), sent.toString());
  }

  @Test
  void aPageWithoutRedirectIsUntouched() throws Exception {
    run(page -> assertFalse(page.isCommitted()));
    assertTrue(sent.isEmpty(), sent.toString());
  }
}
