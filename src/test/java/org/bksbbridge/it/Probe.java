package org.bksbbridge.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests as an attacker or a careless client sends them: any method, headers and body (Origin,
 * cookies, a chunked stream), and raw bytes over a socket for what {@link HttpClient} refuses to
 * send (a foreign Host header). Never follows redirects, so their Location can be checked.
 */
final class Probe {
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** An answer with all its headers. */
  record Answer(int status, String body, HttpHeaders headers) {
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The session cookie this answer sets ({@code JSESSIONID=...}), for a later request. */
    String sessionCookie() {
      return headers.allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("JSESSIONID="))
          .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no session cookie in " + this));
    }
  }

  private final Map<String, String> headers = new LinkedHashMap<>();
  private String method = "GET";
  private String contentType;
  private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

  static Probe request(String method) {
    Probe p = new Probe();
    p.method = method;
    return p;
  }

  Probe header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  Probe basic(String user, String password) {
    return header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  Probe json(String json) {
    return body("application/json", HttpRequest.BodyPublishers.ofString(json));
  }

  Probe form(String urlEncoded) {
    return body(
        "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(urlEncoded));
  }

  Probe body(String type, HttpRequest.BodyPublisher publisher) {
    contentType = type;
    body = publisher;
    return this;
  }

  Answer send(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, body);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A session cookie ({@code JSESSIONID=...}) of a person signed in through the login form. */
  static String signIn(String user, String password) {
    return request("POST")
        .form("username=" + user + "&password=" + password)
        .send("/login")
        .sessionCookie();
  }

  /** Sends the request line and headers as given, over a plain socket; returns the head. */
  static Answer raw(String requestHead) {
    URI base = URI.create(Deployments.baseUrl());
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      String head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
      String[] lines = head.split("\r\n");
      Map<String, List<String>> fields = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          fields.put(
              lines[i].substring(0, colon).trim(), List.of(lines[i].substring(colon + 1).trim()));
        }
      }
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      return new Answer(
          status, text.substring(head.length()), HttpHeaders.of(fields, (a, b) -> true));
    } catch (IOException e) {
      throw new AssertionError("raw request failed: " + e, e);
    }
  }
}
