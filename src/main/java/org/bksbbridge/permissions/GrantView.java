package org.bksbbridge.permissions;

import java.time.Instant;
import java.util.List;

/**
 * One grantee's commands in one centre ({@code centreId} "*" for all centres). {@code manageable}
 * says whether the caller may change it; {@code builtIn} marks group admin's rule, which no one
 * can.
 */
public record GrantView(
    String centreId,
    boolean allCentres,
    String kind,
    String name,
    List<String> commands,
    String grantedBy,
    Instant grantedAt,
    boolean builtIn,
    boolean manageable) {}
