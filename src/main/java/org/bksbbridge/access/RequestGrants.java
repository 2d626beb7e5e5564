package org.bksbbridge.access;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller's rights, read once per request: a page asks {@link CentreAccess} for every centre and
 * every part of it, and each ask would read the grants again. A change still counts from the next
 * request.
 */
@RequestScoped
public class RequestGrants {
  private Effective effective;

  public Effective get() {
    return effective;
  }

  public void set(Effective effective) {
    this.effective = effective;
  }
}
