package io.buzzline.lobby.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Content's pack endpoints: "N questions for these categories (none: any) and language", stored for
 * match to fetch; and a stored pack, to check a host's {@code packId} before the game exists.
 */
@Path("/packs")
@RegisterRestClient(configKey = "content")
public interface ContentPacksClient {

    /** Orders a pack; content takes orders from services only, so {@code authorization} is a service token. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    CreatedPack create(PackRequest request, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/{packId}")
    @Produces(MediaType.APPLICATION_JSON)
    StoredPack get(@PathParam("packId") String packId);

    /** What the pack must hold; difficulty 1 (easy) to 5. */
    record PackRequest(int count, List<String> categories, int difficultyMin, int difficultyMax, String language) {}

    /**
     * The stored pack's id; the questions themselves are for match, not the lobby. Content may add
     * fields: the lobby's strict JSON reading is for its own clients, not for another service's answer.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreatedPack(String packId) {}

    /** A stored pack as far as the lobby looks at it: how many questions it holds (content's other fields ignored). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StoredPack(String packId, List<PackQuestion> questions) {}

    /** One question of a stored pack; its text and key are for match. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PackQuestion(String questionId) {}
}
