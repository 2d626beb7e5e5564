package org.bksbbridge.access;

/** A grant goes to a user-registry group, or to a single user. */
public enum GranteeKind {
  GROUP,
  USER
}
