package org.bksbbridge.sandbox;

import java.time.Instant;

/**
 * A user created through the sandbox's createUser call, as the admin API shows it: with the
 * enrolment flag and a SHA-256 hash of the password that arrived (never the password).
 */
public record CreatedUser(
    long userId,
    String username,
    String email,
    boolean autoEnrolCourses,
    String passwordSha256,
    Instant createdAt) {}
