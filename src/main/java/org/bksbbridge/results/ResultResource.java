package org.bksbbridge.results;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("centres/{centreId}/learners/{reference}/bksb/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {
  @Inject ResultService results;

  /** The learner's results, newest first; empty while the learner has no bksb link. */
  @GET
  public List<ResultView> list(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return results.forLearner(centreId, reference);
  }
}
