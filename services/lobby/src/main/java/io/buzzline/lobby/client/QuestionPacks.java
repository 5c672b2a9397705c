package io.buzzline.lobby.client;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.buzzline.lobby.client.ContentPacksClient.PackRequest;
import io.buzzline.lobby.game.LobbyProblem;
import io.buzzline.security.ServiceCredentials;

/**
 * Asks content for a pack when a game is created, or checks the pack the host named, so a bank or a
 * pack that cannot satisfy the host's choice is reported to the host at once instead of ending the
 * game at its start.
 */
@ApplicationScoped
public class QuestionPacks {

    private final ContentPacksClient content;
    private final ServiceCredentials credentials;

    public QuestionPacks(@RestClient ContentPacksClient content, ServiceCredentials credentials) {
        this.content = content;
        this.credentials = credentials;
    }

    /** Creates a pack of {@code count} questions and returns its id. */
    public String create(int count, List<String> categories, String language) {
        try {
            return content.create(
                            new PackRequest(count, categories, 1, 5, language),
                            credentials.authorization().orElse(null))
                    .packId();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 422 || status == 409) {
                throw new LobbyProblem(
                        422,
                        "not-enough-questions",
                        "The question bank has too few " + language + " questions for " + describe(categories)
                                + " to fill " + count + " questions; choose other categories or fewer questions.");
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
    }

    /** Checks that content holds pack {@code packId} with at least {@code count} questions. */
    public void requireUsable(String packId, int count) {
        int size;
        try {
            size = content.get(packId).questions().size();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new LobbyProblem(
                        422,
                        "unknown-pack",
                        "No question pack has the id " + packId + "; leave packId out to have one made.");
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        }
        if (size < count) {
            throw new LobbyProblem(
                    422,
                    "not-enough-questions",
                    "Pack " + packId + " holds " + size + " questions and this game needs " + count
                            + "; choose fewer questions or another pack.");
        }
    }

    private static String describe(List<String> categories) {
        return categories.isEmpty() ? "any category" : String.join(", ", categories);
    }

    private static LobbyProblem unavailable(RuntimeException cause) {
        LobbyProblem problem = new LobbyProblem(
                503, "content-unavailable", "The question service cannot be reached right now; please retry.");
        problem.initCause(cause);
        return problem;
    }
}
