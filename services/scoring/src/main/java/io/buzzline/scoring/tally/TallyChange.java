package io.buzzline.scoring.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.commands.RecordScore;

/**
 * What one event does to a game's tally, applied atomically together with the sequence mark: fields to
 * set, CLASSIC answers to hold until the reveal, leaderboard totals, and the scores to send to match.
 */
public final class TallyChange {

    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<String, String> answers = new LinkedHashMap<>();
    final Map<String, Long> board = new LinkedHashMap<>();
    final List<RecordScore> scores = new ArrayList<>();
    boolean clearAnswers;
    int answersRead = -1;

    TallyChange set(String field, String value) {
        fields.put(field, value);
        return this;
    }

    TallyChange holdAnswer(String playerId, String encoded) {
        answers.put(playerId, encoded);
        return this;
    }

    TallyChange clearAnswers() {
        clearAnswers = true;
        return this;
    }

    /** The change was computed from {@code count} held answers; it applies only if that is still so. */
    TallyChange computedFrom(int count) {
        answersRead = count;
        return this;
    }

    TallyChange rank(String playerId, long total) {
        board.put(playerId, total);
        return this;
    }

    TallyChange score(RecordScore score) {
        scores.add(score);
        return this;
    }

    /** The RECORD_SCORE commands this change sends, in order. */
    public List<RecordScore> scores() {
        return List.copyOf(scores);
    }
}
