package io.buzzline.events;

import java.util.List;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonEmpty;

/**
 * One question of a pack with its answer key. Only {@link QuestionsLoaded} (log only) and the
 * engine's state carry it whole; clients get {@link QuestionShown} and, at the reveal,
 * {@link AnswerRevealed}.
 */
public record Question(String questionId, String text, List<String> choices, String correctAnswer) {

    public Question {
        nonBlank(questionId, "questionId");
        nonBlank(text, "text");
        choices = List.copyOf(nonEmpty(choices, "choices"));
        nonBlank(correctAnswer, "correctAnswer");
        if (!choices.contains(correctAnswer)) {
            throw new IllegalArgumentException("correctAnswer: must be one of the choices");
        }
        if (choices.stream().distinct().count() != choices.size()) {
            throw new IllegalArgumentException("choices: must be distinct");
        }
    }

    public boolean isCorrect(String answer) {
        return correctAnswer.equals(answer);
    }
}
