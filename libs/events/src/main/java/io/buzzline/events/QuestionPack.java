package io.buzzline.events;

import java.util.List;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonEmpty;

/** The ordered questions a game plays, as fetched from content before the game starts. */
public record QuestionPack(String packId, List<Question> questions) {

    public QuestionPack {
        nonBlank(packId, "packId");
        questions = List.copyOf(nonEmpty(questions, "questions"));
        if (questions.stream().map(Question::questionId).distinct().count() != questions.size()) {
            throw new IllegalArgumentException("questions: question ids must be distinct");
        }
    }

    public int size() {
        return questions.size();
    }

    public Question question(int index) {
        return questions.get(index);
    }
}
