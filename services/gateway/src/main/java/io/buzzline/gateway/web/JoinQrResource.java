package io.buzzline.gateway.web;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.events.wire.JoinCode;
import io.buzzline.problems.Problem;
import io.buzzline.problems.Problems;

/**
 * The QR code a host screen shows so that a room can join from its phones: it encodes this gateway's
 * join URL ({@code /play?code=XXXXXX}, the player screen with the code filled in). Open to everyone, like
 * the join code it encodes; it says nothing about whether a game holds the code, so it cannot be used to
 * probe for live games.
 */
@Path("/api/join-codes/{code}/qr")
@Tag(name = "web client", description = "What the bundled web client needs besides the lobby and content")
public class JoinQrResource {

    static final String SVG = "image/svg+xml";

    @GET
    @PermitAll
    @Produces(SVG)
    @Operation(
            summary = "A QR code of the join URL for a join code",
            description = "An SVG of <this gateway's origin>/play?code=<code>, the player screen with the code"
                    + " filled in. It does not check that a game holds the code.")
    @APIResponse(
            responseCode = "200",
            description = "The QR code",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Not a join code as the lobby issues them")
    public Response qr(
            @PathParam("code")
                    @Parameter(
                            description = "A join code as the lobby issues it (six characters, upper case)",
                            schema = @Schema(type = SchemaType.STRING, pattern = JoinCode.ISSUED_PATTERN))
                    String code,
            @Context UriInfo uri) {
        if (!JoinCode.isIssued(code)) {
            return Problems.response(
                    400,
                    "invalid-request",
                    "A join code is six characters of " + JoinCode.ALPHABET + ".",
                    uri.getPath(),
                    List.of(new Problem.Violation("code", "path", "must match " + JoinCode.ISSUED_PATTERN)));
        }
        String joinUrl = uri.getBaseUriBuilder()
                .replacePath("/play")
                .replaceQuery(null)
                .queryParam("code", code)
                .build()
                .toString();
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(QrSvg.of(joinUrl), SVG).cacheControl(cache).build();
    }
}
