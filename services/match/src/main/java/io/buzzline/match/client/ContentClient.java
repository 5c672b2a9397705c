package io.buzzline.match.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The content service's question packs, as match assumes them (contract in services/match/README.md). */
@RegisterRestClient(configKey = "content")
@Path("/packs")
public interface ContentClient {

    /**
     * A published pack, questions in play order; 404 if there is no such pack. The answer keys come only
     * with a service token as {@code authorization} (null: none sent, and content leaves the keys out).
     */
    @GET
    @Path("/{packId}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<PackResponse> pack(
            @PathParam("packId") String packId, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
