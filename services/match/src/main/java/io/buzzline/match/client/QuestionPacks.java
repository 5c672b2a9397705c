package io.buzzline.match.client;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.buzzline.events.QuestionPack;
import io.buzzline.match.config.MatchConfig;
import io.buzzline.security.ServiceCredentials;

/**
 * The question packs games are played with, off the live path: from a local cache, else from content
 * (timeout, retries with back-off). Packs are immutable once published, so a cached one never goes stale.
 */
@ApplicationScoped
public class QuestionPacks {

    private final ContentClient content;
    private final ServiceCredentials credentials;
    private final MatchConfig.Content settings;
    private final Map<String, QuestionPack> cache;

    public QuestionPacks(@RestClient ContentClient content, ServiceCredentials credentials, MatchConfig config) {
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

    /** The pack {@code packId}; fails once content did not give it within the configured attempts. */
    public Uni<QuestionPack> fetch(String packId) {
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
}
