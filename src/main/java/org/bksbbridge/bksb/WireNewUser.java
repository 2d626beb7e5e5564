package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;

/** The body of {@code POST api/users/createUser}. */
public class WireNewUser {
  @JsonbProperty("Username")
  public String username;

  @JsonbProperty("Firstname")
  public String firstName;

  @JsonbProperty("Lastname")
  public String lastName;

  @JsonbProperty("Password")
  public String password;

  @JsonbProperty("Email")
  public String email;

  @JsonbProperty("DateOfBirth")
  public String dateOfBirth;

  @JsonbProperty("AutoEnrolCourses")
  public boolean autoEnrolCourses;

  /** Never prints the password. */
  @Override
  public String toString() {
    return "WireNewUser[" + username + "]";
  }
}
