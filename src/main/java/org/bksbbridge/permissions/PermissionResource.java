package org.bksbbridge.permissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bksbbridge.access.Command;
import org.bksbbridge.access.GranteeKind;
import org.bksbbridge.refusal.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Grants of commands, to a group or a user, in a centre or in all ({@code *}): {@code PUT
 * /permissions/{scope}/groups/{name}} with {@code {"commands":["RUN_BKSB_JOBS", ...]}} sets them,
 * {@code DELETE} removes them. Needs "Manage Permissions" there.
 */
@Tag(
    name = "Permissions",
    description = "Who may do what, per centre: grants of commands to groups and users")
@Path("permissions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PermissionResource {
  @Inject PermissionService permissions;

  @Operation(operationId = "listPermissions", summary = "List the grants, for all centres or one")
  @GET
  public PermissionsView list(
      @QueryParam("centreId") @Parameter(description = "Only grants that apply in this centre")
          String centreId) {
    return permissions.list(centreId);
  }

  @Operation(
      operationId = "replaceGrant",
      summary = "Set the commands a group or user holds in a scope",
      description = "scope is a centre id or * for every centre; an empty list removes the grant.")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = PermissionResource.GrantCommands.class)))
  @PUT
  @Path("{scope}/{kind}/{name}")
  @Consumes(MediaType.APPLICATION_JSON)
  public GrantView put(
      @PathParam("scope") String scope,
      @PathParam("kind") @Parameter(schema = @Schema(enumeration = {"groups", "users"}))
          String kind,
      @PathParam("name") String name,
      JsonObject body) {
    GranteeKind k = kind(kind);
    return permissions.replace(scope, k, name, commands(body));
  }

  @Operation(operationId = "removeGrant", summary = "Remove a grant")
  @APIResponse(responseCode = "204", description = "Removed")
  @DELETE
  @Path("{scope}/{kind}/{name}")
  public Response delete(
      @PathParam("scope") String scope,
      @PathParam("kind") String kind,
      @PathParam("name") String name) {
    permissions.remove(scope, kind(kind), name);
    return Response.noContent().build();
  }

  private static GranteeKind kind(String kind) {
    return switch (kind) {
      case "groups" -> GranteeKind.GROUP;
      case "users" -> GranteeKind.USER;
      default -> throw Refusal.invalid("kind", "must be groups or users");
    };
  }

  /** {@code {"commands": [...]}}, each by key or label. */
  static Set<Command> commands(JsonObject body) {
    if (body == null || !(body.get("commands") instanceof JsonArray array)) {
      throw Refusal.invalid(
          "commands", "send {\"commands\": [...]} with the commands' keys (an empty list removes)");
    }
    Set<String> unknown =
        body.keySet().stream().filter(k -> !k.equals("commands")).collect(Collectors.toSet());
    if (!unknown.isEmpty()) {
      throw Refusal.invalid("invalid request", Map.of(unknown.iterator().next(), "unknown field"));
    }
    Set<Command> out = EnumSet.noneOf(Command.class);
    for (JsonValue v : array) {
      Command c = v instanceof JsonString s ? Command.parse(s.getString()).orElse(null) : null;
      if (c == null) {
        throw Refusal.invalid(
            "commands",
            "unknown command "
                + v
                + "; commands are "
                + Arrays.stream(Command.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
      out.add(c);
    }
    return out;
  }

  /** The body's shape, for the API document: {@link #commands} reads it. */
  @Schema(
      name = "GrantCommands",
      description = "The commands to hold, by key (a label is taken too)")
  public record GrantCommands(
      @Schema(required = true, examples = "[\"VIEW_BKSB_REPORTS\"]") List<Command> commands) {}
}
