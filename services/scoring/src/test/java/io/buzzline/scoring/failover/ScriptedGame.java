package io.buzzline.scoring.failover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.RoundMode;
import io.buzzline.events.StreakBonus;
import io.buzzline.scoring.support.GameLog;

/**
 * One CLASSIC game with every player answering every question, some wrong, logged as the engine logs
 * it: after each reveal one SCORE_UPDATED per answer, its points worked out from the V1 rule on its own
 * (1000 points possible, 20 s limit, +100 a correct answer in a row capped at +500). The totals are the
 * oracle the failover test checks scoring's tally and records against.
 */
final class ScriptedGame {

    private static final int POINTS = 1000;
    private static final long LIMIT_MILLIS = 20_000;

    private final GameLog log;
    private final int players;
    private final int questions;
    private final List<EventEnvelope> setup = new ArrayList<>();
    private final List<List<EventEnvelope>> questionEvents = new ArrayList<>();
    private final Map<String, Long> totals = new HashMap<>();
    private EventEnvelope end;

    ScriptedGame(String name, int players, int questions) {
        this.log = new GameLog(name);
        this.players = players;
        this.questions = questions;
        write();
    }

    private void write() {
        setup.add(log.created(StreakBonus.DEFAULT, GameLog.classic(questions, POINTS)));
        for (int p = 0; p < players; p++) {
            setup.add(log.joined(player(p)));
        }
        setup.add(log.roundStarted(RoundMode.CLASSIC, questions));
        int[] streaks = new int[players];
        for (int q = 0; q < questions; q++) {
            List<EventEnvelope> events = new ArrayList<>();
            events.add(log.shown());
            List<EventEnvelope> answers = new ArrayList<>();
            for (int p = 0; p < players; p++) {
                boolean right = (p + q) % 5 != 0;
                answers.add(log.answered(player(p), RoundMode.CLASSIC, 300 + 40L * p, right));
            }
            events.addAll(answers);
            events.add(log.revealed());
            for (int p = 0; p < players; p++) {
                AnswerSubmitted answer = (AnswerSubmitted) answers.get(p).event();
                streaks[p] = answer.correct() ? streaks[p] + 1 : 0;
                int bonus = answer.correct() ? Math.min(100 * (streaks[p] - 1), 500) : 0;
                int points = answer.correct() ? speedPoints(answer.responseTimeMillis()) + bonus : 0;
                long total = totals.merge(player(p), (long) points, Long::sum);
                String reason = !answer.correct() ? "CLASSIC_WRONG" : bonus > 0 ? "CLASSIC_STREAK" : "CLASSIC_CORRECT";
                events.add(log.scored(answers.get(p), points, total, reason, streaks[p]));
            }
            questionEvents.add(events);
        }
        end = log.ended();
    }

    /** round((1 − (t / limit) / 2) × points), full points under 0.5 s. */
    private static int speedPoints(long millis) {
        return millis < 500 ? POINTS : (int) Math.round((1 - (millis / (double) LIMIT_MILLIS) / 2) * POINTS);
    }

    String gameId() {
        return log.gameId();
    }

    String player(int index) {
        return gameId() + "-p" + index;
    }

    /** GAME_CREATED, the joins, ROUND_STARTED. */
    List<EventEnvelope> setup() {
        return setup;
    }

    /** QUESTION_SHOWN, every answer, ANSWER_REVEALED and the scores of question {@code index}. */
    List<EventEnvelope> question(int index) {
        return questionEvents.get(index);
    }

    EventEnvelope end() {
        return end;
    }

    int questions() {
        return questions;
    }

    /** How many events the game's log holds. */
    long events() {
        return end.sequence();
    }

    /** Each player's final total. */
    Map<String, Long> expectedTotals() {
        Map<String, Long> all = new HashMap<>();
        for (int p = 0; p < players; p++) {
            all.put(player(p), totals.getOrDefault(player(p), 0L));
        }
        return all;
    }
}
