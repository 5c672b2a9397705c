package io.buzzline.bots.brain;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;

/**
 * What the bots of one process know about answer keys. Players never receive a key before the
 * reveal (that is the gateway's promise), so a bot player can only be "right on purpose" with help:
 * the host bot learns the keys from its host-only {@code QUESTIONS_LOADED} and shares them here.
 * Without a key a bot guesses.
 */
public final class AnswerKeys {

    private final Map<String, String> keys = new ConcurrentHashMap<>();

    public void learn(QuestionPack pack) {
        for (Question question : pack.questions()) {
            keys.put(question.questionId(), question.correctAnswer());
        }
    }

    public void learn(String questionId, String correctAnswer) {
        keys.put(questionId, correctAnswer);
    }

    public Optional<String> keyOf(String questionId) {
        return Optional.ofNullable(keys.get(questionId));
    }
}
