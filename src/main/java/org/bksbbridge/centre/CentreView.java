package org.bksbbridge.centre;

/** A centre as the API shows it. */
public record CentreView(String id, String name, boolean bksbLicensed) {
  static CentreView of(Centre c) {
    return new CentreView(c.getId(), c.getName(), c.isBksbLicensed());
  }
}
