package io.buzzline.content.pack.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.buzzline.content.pack.IssuedPack;
import io.buzzline.content.pack.PackService;
import io.buzzline.content.web.KeyAccess;
import io.buzzline.security.Roles;

/**
 * Packs: the lobby (a service) orders one for a new game; match (a service) reads it with its answer keys
 * before the game starts; anyone else reads a pack's public representation, without keys.
 */
@Path("/packs")
@Tag(name = "packs", description = "Question packs ordered for games; public views carry no answer key")
@Produces(MediaType.APPLICATION_JSON)
public class PackResource {

    private final PackService packs;
    private final KeyAccess access;

    public PackResource(PackService packs, KeyAccess access) {
        this.packs = packs;
        this.access = access;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.EDITOR})
    // The edge never serves pack orders (the lobby places them inside the cluster): content's own address only.
    @Server(url = "http://127.0.0.1:8084", description = "content itself; not served at the public edge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Select a pack: N questions with answer keys for categories, difficulty range and language")
    @APIResponse(
            responseCode = "201",
            description = "The pack, stored under its id",
            content = @Content(schema = @Schema(implementation = PackView.class)))
    @APIResponse(responseCode = "400", description = "The request is malformed")
    @APIResponse(
            responseCode = "409",
            description = "Enough questions match, but too many were played recently by the group")
    @APIResponse(responseCode = "422", description = "The bank holds too few matching questions")
    public Response issue(
            @NotNull @Valid PackRequestBody body,
            @Parameter(description = "`no-cache` reads the candidate pools from Firestore instead of the cache")
                    @HeaderParam(HttpHeaders.CACHE_CONTROL)
                    String cacheControl) {
        boolean useCache = cacheControl == null || !cacheControl.contains("no-cache");
        IssuedPack pack = packs.issue(body.toRequest(), useCache);
        return Response.created(URI.create("/packs/" + pack.packId()))
                .entity(PackView.of(pack, true))
                .build();
    }

    @GET
    @PermitAll
    @Path("/{packId}")
    @Operation(summary = "Read a pack by id (as named by a game's questionPackId); keys for services and editors only")
    @APIResponse(responseCode = "200", description = "The pack")
    @APIResponse(responseCode = "404", description = "No such pack")
    @APIResponse(responseCode = "401", description = KeyAccess.INVALID_TOKEN)
    public PackView get(@PathParam("packId") String packId) {
        return PackView.of(packs.get(packId), access.keysVisible());
    }
}
