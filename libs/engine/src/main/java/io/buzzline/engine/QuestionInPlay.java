package io.buzzline.engine;

import java.time.Instant;

import org.pcollections.HashTreePSet;
import org.pcollections.PSet;

import io.buzzline.events.Question;
import io.buzzline.events.RoundMode;

/**
 * The question being played (or last played in this round), with its answer key: the players who
 * answered it and, in BUZZER rounds, the buzzer.
 */
public record QuestionInPlay(
        int round,
        int number,
        Question question,
        RoundMode mode,
        Instant opensAt,
        Instant closesAt,
        PSet<String> answered,
        BuzzerState buzzer) {

    static QuestionInPlay shown(
            int round, int number, Question question, RoundMode mode, Instant opensAt, Instant closesAt) {
        return new QuestionInPlay(
                round, number, question, mode, opensAt, closesAt, HashTreePSet.empty(), BuzzerState.FRESH);
    }

    public String questionId() {
        return question.questionId();
    }

    QuestionInPlay withAnswer(String playerId) {
        return new QuestionInPlay(round, number, question, mode, opensAt, closesAt, answered.plus(playerId), buzzer);
    }

    QuestionInPlay withBuzzer(BuzzerState newBuzzer) {
        return new QuestionInPlay(round, number, question, mode, opensAt, closesAt, answered, newBuzzer);
    }
}
