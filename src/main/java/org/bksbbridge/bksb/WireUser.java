package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;

/** A bksb user as the (assumed) user listing returns it. */
public class WireUser {
  @JsonbProperty("UserId")
  public long userId;

  @JsonbProperty("Username")
  public String username;

  @JsonbProperty("Email")
  public String email;

  @JsonbProperty("Firstname")
  public String firstName;

  @JsonbProperty("Lastname")
  public String lastName;

  /** {@code YYYY-MM-DD} or a local date-time; bksb sends no zone. */
  @JsonbProperty("DateOfBirth")
  public String dateOfBirth;
}
