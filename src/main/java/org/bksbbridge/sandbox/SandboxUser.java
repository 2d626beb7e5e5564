package org.bksbbridge.sandbox;

import java.time.LocalDate;

/** A user of the sandbox's bksb account. */
public record SandboxUser(
    long userId,
    String username,
    String email,
    String firstName,
    String lastName,
    LocalDate dateOfBirth) {}
