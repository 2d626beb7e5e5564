/**
 * The REST edge under {@code /api/v1}: its activation (the resources it lists live in their
 * features' packages, and none of them imports this one), JSON body reading, the API's OpenAPI
 * document, and the one JSON error shape every endpoint answers with. Services refuse with {@code
 * org.bksbbridge.refusal.Refusal}; this is the only place its kind becomes an HTTP status.
 *
 * <p>The annotations below are the OpenAPI document's own parts (its description, the sign-in, and
 * the error answers {@link org.bksbbridge.api.ApiDocument} attaches by rule, each with the error
 * body); the operations' parts are on the resources.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "bksb-bridge",
            version = "1",
            description =
                "bksb accounts, matches and results for any MIS: learners in, bksb users matched"
                    + " and created, initial and diagnostic results out, as they happen (the"
                    + " event feed and webhooks). Every refusal answers the one error body.",
            license = @License(name = "Proprietary", identifier = "LicenseRef-bksb-bridge")),
    servers = @Server(url = "/", description = "the server that serves this document"),
    security = @SecurityRequirement(name = "basic"),
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = "basic",
                    type = SecuritySchemeType.HTTP,
                    scheme = "basic"),
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  description = "A parameter or a field of the body is wrong; fields names each.",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class),
                          examples =
                              @ExampleObject(
                                  name = "field",
                                  value =
                                      "{\"error\":\"invalid request\","
                                          + "\"fields\":{\"email\":\"not an email address\"}}"))),
              @APIResponse(
                  name = "Unauthorized",
                  description = "Not signed in: send HTTP Basic credentials."),
              @APIResponse(
                  name = "Forbidden",
                  description = "The caller lacks the command this needs in the centre.",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(implementation = ErrorBody.class),
                          examples =
                              @ExampleObject(
                                  name = "command",
                                  value =
                                      "{\"error\":\"needs View BKSB Reports in centre MAIN\","
                                          + "\"fields\":{}}"))),
              @APIResponse(
                  name = "NotFound",
                  description = "No such thing, or it belongs to a centre the caller cannot see."),
              @APIResponse(
                  name = "Conflict",
                  description =
                      "The state does not allow it now (the error says why); a racing"
                          + " request gets this, never a 500."),
              @APIResponse(
                  name = "Gone",
                  description = "What the request points at is no longer kept."),
              @APIResponse(name = "TooLarge", description = "The body is over the size limit."),
              @APIResponse(
                  name = "BksbFailed",
                  description = "bksb refused or failed the call (the error says how)."),
              @APIResponse(
                  name = "Unavailable",
                  description = "bksb or the database cannot be reached now; try again later.")
            }))
package org.bksbbridge.api;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
