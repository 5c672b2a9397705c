package io.buzzline.engine;

import java.time.Instant;
import java.util.Set;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

import io.buzzline.events.Question;
import io.buzzline.events.RoundMode;

/**
 * The question being played (or last played in this round), with its answer key: the answers given
 * to it by player, which its reveal scores, and, in BUZZER rounds, the buzzer.
 */
public record QuestionInPlay(
        int round,
        int number,
        Question question,
        RoundMode mode,
        Instant opensAt,
        Instant closesAt,
        PMap<String, GivenAnswer> answers,
        BuzzerState buzzer) {

    static QuestionInPlay shown(
            int round, int number, Question question, RoundMode mode, Instant opensAt, Instant closesAt) {
        return new QuestionInPlay(
                round, number, question, mode, opensAt, closesAt, HashTreePMap.empty(), BuzzerState.FRESH);
    }

    public String questionId() {
        return question.questionId();
    }

    /** The players who answered this question. */
    public Set<String> answered() {
        return answers.keySet();
    }

    QuestionInPlay withAnswer(GivenAnswer answer) {
        return new QuestionInPlay(
                round, number, question, mode, opensAt, closesAt, answers.plus(answer.playerId(), answer), buzzer);
    }

    QuestionInPlay withBuzzer(BuzzerState newBuzzer) {
        return new QuestionInPlay(round, number, question, mode, opensAt, closesAt, answers, newBuzzer);
    }
}
