package org.bksbbridge.results;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Tag(name = "Results", description = "A learner's bksb initial and diagnostic results")
@Path("centres/{centreId}/learners/{reference}/bksb/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {
  @Inject ResultService results;

  /** The learner's results, newest first; empty while the learner has no bksb link. */
  @Operation(operationId = "listResults", summary = "List a learner's results, newest first")
  @GET
  public List<ResultView> list(
      @PathParam("centreId") String centreId, @PathParam("reference") String reference) {
    return results.forLearner(centreId, reference);
  }
}
