package org.bksbbridge.bksb;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.ArrayList;
import java.util.List;

/** {@code GET api/users/search}: {@code { Users: [...], Pagination }} (assumed shape). */
public class WireUserPage {
  @JsonbProperty("Users")
  public List<WireUser> users = new ArrayList<>();

  @JsonbProperty("Pagination")
  public WirePagination pagination;
}
