package io.buzzline.content.pack;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import io.buzzline.content.config.ContentConfig;
import io.buzzline.content.pack.store.PackRepository;
import io.buzzline.content.question.StoredQuestion;

/** Issues packs for match: pools (cached or not), the group's recent questions, selection, storage. */
@ApplicationScoped
public class PackService {

    private final PackCandidates candidates;
    private final PackRepository packs;
    private final PackSelector selector;
    private final Clock clock;
    private final int recentWindow;

    public PackService(PackCandidates candidates, PackRepository packs, Clock clock, ContentConfig config) {
        this.candidates = candidates;
        this.packs = packs;
        this.clock = clock;
        this.recentWindow = config.packs().recentWindow();
        this.selector = new PackSelector(config.packs().minAnswersForRate());
    }

    /**
     * Selects and stores a pack.
     *
     * @param useCache false reads the candidate pools from Firestore now (a client sent {@code
     *     Cache-Control: no-cache})
     * @throws PackUnsatisfiableException when the bank cannot satisfy the request
     */
    public IssuedPack issue(PackRequest request, boolean useCache) {
        Map<String, List<StoredQuestion>> pools = new HashMap<>();
        for (String category : request.pools()) {
            pools.put(
                    category,
                    useCache
                            ? candidates.cached(request.language(), category)
                            : candidates.fresh(request.language(), category));
        }
        Set<String> recent = request.group().map(packs::recent).orElse(Set.of());
        Selection selection = selector.select(request, pools, recent, ThreadLocalRandom.current());
        if (!(selection instanceof Selection.Chosen chosen)) {
            throw new PackUnsatisfiableException(selection, request.count());
        }
        IssuedPack pack =
                new IssuedPack(UUID.randomUUID().toString(), request.language(), chosen.questions(), clock.instant());
        packs.save(pack, request.group(), recentWindow);
        return pack;
    }

    public IssuedPack get(String packId) {
        return packs.find(packId).orElseThrow(() -> new PackNotFoundException(packId));
    }
}
