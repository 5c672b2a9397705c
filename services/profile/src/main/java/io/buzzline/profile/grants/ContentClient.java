package io.buzzline.profile.grants;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * What profile reads from content: a finished game's ranked results (the archive: the one truth of a game's
 * standings) and a player's progress in the quests on offer. Both public reads. Content may add fields.
 */
@RegisterRestClient(configKey = "content")
@Produces(MediaType.APPLICATION_JSON)
public interface ContentClient {

    @GET
    @Path("/history/games/{gameId}")
    ArchivedGame game(@PathParam("gameId") String gameId);

    @GET
    @Path("/quests/active/progress/{playerId}")
    List<OfferedQuest> questProgress(@PathParam("playerId") String playerId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArchivedGame(String gameId, String endReason, List<Result> results) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(String playerId, long score, int rank) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OfferedQuest(Quest quest, Instant windowStart, Progress progress) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quest(String id, Reward reward) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reward(int xp) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Progress(boolean completed) {}
}
