package io.buzzline.bots.brain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the bots of one process know about answer keys. No client receives a key before its reveal
 * (docs/security.md: keys reach only editors and the engine), so a bot player can be "right on purpose"
 * only when its process was given an editor's token and read the game's pack from content as an editor
 * would ({@code Bots}); otherwise it knows a key once it was revealed, and guesses before.
 */
public final class AnswerKeys {

    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Set<String> packs = ConcurrentHashMap.newKeySet();

    /** Learns the keys of pack {@code packId}, question id to key. */
    public void learn(String packId, Map<String, String> packKeys) {
        keys.putAll(packKeys);
        packs.add(packId);
    }

    public void learn(String questionId, String correctAnswer) {
        keys.put(questionId, correctAnswer);
    }

    public boolean knowsPack(String packId) {
        return packs.contains(packId);
    }

    public Optional<String> keyOf(String questionId) {
        return Optional.ofNullable(keys.get(questionId));
    }
}
