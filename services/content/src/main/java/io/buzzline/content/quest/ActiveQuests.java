package io.buzzline.content.quest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.CacheInvalidateAll;
import io.quarkus.cache.CacheResult;

import io.buzzline.content.quest.store.QuestRepository;

/**
 * Every ACTIVE quest, cached for {@code active-quests}' TTL: every player's client reads the offer,
 * editors change it rarely. This instance drops the cache on its own changes at once.
 */
@ApplicationScoped
public class ActiveQuests {

    static final String CACHE = "active-quests";

    private final QuestRepository quests;

    public ActiveQuests(QuestRepository quests) {
        this.quests = quests;
    }

    @CacheResult(cacheName = CACHE)
    public List<Quest> all() {
        return quests.active();
    }

    @CacheInvalidateAll(cacheName = CACHE)
    public void invalidate() {
        // The interceptor does the work.
    }
}
