package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;

/** What {@code createUser} answers. */
public class WireCreatedUser {
  @JsonbProperty("UserId")
  public long userId;

  @JsonbProperty("Username")
  public String username;
}
