package io.buzzline.lobby.client;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Content's pack endpoint: "N questions for these categories and language", stored for match to fetch. */
@Path("/packs")
@RegisterRestClient(configKey = "content")
public interface ContentPacksClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    CreatedPack create(PackRequest request);

    /** What the pack must hold; difficulty 1 (easy) to 5. */
    record PackRequest(int count, List<String> categories, int difficultyMin, int difficultyMax, String language) {}

    /**
     * The stored pack's id; the questions themselves are for match, not the lobby. Content may add
     * fields: the lobby's strict JSON reading is for its own clients, not for another service's answer.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CreatedPack(String packId) {}
}
