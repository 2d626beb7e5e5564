package org.bksbbridge.sync.assessments;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

@Path("centres/{centreId}/learners/{reference}/bksb/results/refresh")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RefreshResource {
  @Inject ResultRefresh refresh;

  /** Downloads the learner's results now; {@code ?full=true} reads all, not just what is new. */
  @POST
  public Map<String, Integer> refresh(
      @PathParam("centreId") String centreId,
      @PathParam("reference") String reference,
      @QueryParam("full") boolean full) {
    ResultStore.Counts c = refresh.refresh(centreId, reference, full);
    return Map.of("new", c.added(), "updated", c.updated());
  }
}
