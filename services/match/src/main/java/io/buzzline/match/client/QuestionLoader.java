package io.buzzline.match.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.buzzline.commands.LoadQuestions;
import io.buzzline.engine.Decision;
import io.buzzline.engine.GamePhase;
import io.buzzline.engine.Rejection;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionPack;
import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.runtime.GameActor;
import io.buzzline.match.runtime.Step;
import io.buzzline.security.ServiceCredentials;

/**
 * Gets a new game its question pack before the start, off the live path: from a local cache, else
 * from content (timeout, retries with back-off), then hands it to the game as LoadQuestions. If content
 * stays unavailable the game ends with GAME_ENDED(CONTENT_UNAVAILABLE), which players can see.
 */
@ApplicationScoped
public class QuestionLoader {

    private final ContentClient content;
    private final ServiceCredentials credentials;
    private final MatchConfig.Content settings;
    private final Map<String, QuestionPack> cache;

    public QuestionLoader(@RestClient ContentClient content, ServiceCredentials credentials, MatchConfig config) {
        this.content = content;
        this.credentials = credentials;
        this.settings = config.match().content();
        int size = settings.cacheSize();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, QuestionPack> eldest) {
                return size() > size;
            }
        });
    }

    /** If the game is in its lobby without questions, fetches its pack and loads it (or ends the game). */
    public void loadIfMissing(GameActor actor) {
        actor.inspect(state -> {
            if (state.phase() == GamePhase.LOBBY && state.pack() == null) {
                fetch(state.settings().questionPackId()).subscribe().with(pack -> load(actor, pack), failure -> {
                    Log.warnf("game %s: pack unavailable: %s", actor.gameId(), failure.getMessage());
                    actor.submit(contentUnavailable(actor.gameId()));
                });
            }
        });
    }

    Uni<QuestionPack> fetch(String packId) {
        QuestionPack cached = cache.get(packId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return Uni.createFrom()
                .item(credentials::authorization)
                .chain(authorization -> content.pack(packId, authorization.orElse(null)))
                .ifNoItem()
                .after(settings.timeout())
                .fail()
                .map(PackResponse::toPack)
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200))
                .atMost(Math.max(0, settings.attempts() - 1))
                .invoke(pack -> cache.put(packId, pack));
    }

    private void load(GameActor actor, QuestionPack pack) {
        actor.submit(Step.internal("load-questions:" + actor.gameId(), null, new LoadQuestions(pack)));
    }

    /** Not an engine command: the runtime states the fact itself, only while the game still waits for questions. */
    private static Step contentUnavailable(String gameId) {
        return new Step("content-unavailable:" + gameId, null, "CONTENT_UNAVAILABLE", (state, now) -> {
            if (state.phase() != GamePhase.LOBBY || state.pack() != null) {
                return Decision.reject(Rejection.QUESTIONS_ALREADY_LOADED);
            }
            return new Decision.Accepted(java.util.List.of(EventEnvelope.of(
                    gameId, state.sequence() + 1, now, new GameEnded(GameEnded.Reason.CONTENT_UNAVAILABLE))));
        });
    }
}
