package org.bksbbridge.accounts;

import org.bksbbridge.settings.AccountOptions;
import org.bksbbridge.sync.users.AccountDirectory;

/**
 * A creation that passed its checks: what to send, the centre's bksb account and options, and the
 * learner's pending creation if an earlier try left one (null otherwise).
 */
public record AccountPlan(
    AccountRequest request,
    AccountDirectory.Account account,
    AccountOptions options,
    PendingCreation pending) {}
