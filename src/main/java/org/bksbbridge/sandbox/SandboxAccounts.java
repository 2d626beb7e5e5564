package org.bksbbridge.sandbox;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import org.bksbbridge.bksb.WireCreatedUser;
import org.bksbbridge.bksb.WireNewUser;

/** The sandbox's createUser: bksb's checks as far as they are known, and a record for tests. */
final class SandboxAccounts {
  private final SandboxState state;

  SandboxAccounts(SandboxState state) {
    this.state = state;
  }

  Response create(WireNewUser u) {
    if (u == null || blank(u.username) || blank(u.firstName) || blank(u.lastName)) {
      return bad("Username, Firstname and Lastname are required");
    }
    if (blank(u.password) || u.password.length() < 6) {
      return bad("Password must be at least 6 characters");
    }
    LocalDate dob = null;
    if (!blank(u.dateOfBirth)) {
      try {
        dob = LocalDate.parse(u.dateOfBirth.substring(0, Math.min(10, u.dateOfBirth.length())));
      } catch (DateTimeParseException e) {
        return bad("DateOfBirth is not a date");
      }
    }
    synchronized (state) {
      if (state.byUsername(u.username).isPresent()) {
        return bad("Username already exists");
      }
      long id = state.nextUserId();
      state.putUser(new SandboxUser(id, u.username, u.email, u.firstName, u.lastName, dob));
      state.recordCreated(
          new CreatedUser(
              id, u.username, u.email, u.autoEnrolCourses, sha256(u.password), Instant.now()));
      WireCreatedUser out = new WireCreatedUser();
      out.userId = id;
      out.username = u.username;
      return Response.ok(out).build();
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Response bad(String message) {
    return Response.status(400).entity("{\"Message\":\"" + message + "\"}").build();
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
