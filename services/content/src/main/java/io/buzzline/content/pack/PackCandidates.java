package io.buzzline.content.pack;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheResult;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.question.QuestionChanged;
import io.buzzline.content.question.StoredQuestion;
import io.buzzline.content.question.store.QuestionRepository;

/**
 * Candidate pools per (language, category), cached for {@code pack-candidates}' TTL; the category
 * {@link PackRequest#ANY_CATEGORY} is the language's whole bank (up to the pool limit). This instance
 * drops a pool as soon as one of its questions changes here; other instances see the change when
 * the TTL runs out.
 */
@ApplicationScoped
public class PackCandidates {

    static final String CACHE = "pack-candidates";

    private final QuestionRepository questions;
    private final int poolLimit;

    public PackCandidates(QuestionRepository questions, ContentConfig config) {
        this.questions = questions;
        this.poolLimit = config.packs().poolLimit();
    }

    @CacheResult(cacheName = CACHE)
    public List<StoredQuestion> cached(String language, String category) {
        return fresh(language, category);
    }

    /** The pool read from Firestore now, bypassing (and not filling) the cache. */
    public List<StoredQuestion> fresh(String language, String category) {
        return PackRequest.ANY_CATEGORY.equals(category)
                ? questions.activePool(language, poolLimit)
                : questions.activePool(language, category, poolLimit);
    }

    @CacheInvalidate(cacheName = CACHE)
    public void invalidate(String language, String category) {
        // The interceptor does the work: the key is (language, category).
    }

    void onChange(@Observes QuestionChanged change, PackCandidates self) {
        // Through the injected proxy so the cache interceptor runs.
        self.invalidate(change.language(), change.category());
        self.invalidate(change.language(), PackRequest.ANY_CATEGORY);
    }
}
