package io.buzzline.content.history;

import java.util.ArrayList;
import java.util.List;

/** One player's answers in one game: how many, and which questions they got right (in order). */
public record PlayerAnswers(int answered, List<String> correctQuestionIds) {

    static final PlayerAnswers NONE = new PlayerAnswers(0, List.of());

    public PlayerAnswers {
        correctQuestionIds = List.copyOf(correctQuestionIds);
    }

    public int correct() {
        return correctQuestionIds.size();
    }

    PlayerAnswers answer(String questionId, boolean right) {
        if (!right) {
            return new PlayerAnswers(answered + 1, correctQuestionIds);
        }
        List<String> ids = new ArrayList<>(correctQuestionIds);
        ids.add(questionId);
        return new PlayerAnswers(answered + 1, ids);
    }
}
