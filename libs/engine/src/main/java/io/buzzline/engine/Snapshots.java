package io.buzzline.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.pcollections.HashTreePMap;
import org.pcollections.HashTreePSet;
import org.pcollections.PMap;

import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.rules.GameRules;

/** Converts between the live state and its snapshot; both directions are exact. */
public final class Snapshots {

    private Snapshots() {}

    public static GameSnapshot of(GameState state) {
        List<Player> players = state.players().values().stream()
                .sorted(Comparator.comparing(Player::playerId))
                .toList();
        return new GameSnapshot(
                state.gameId(),
                state.sequence(),
                state.phase(),
                state.hostId(),
                state.settings(),
                state.rules() == null ? null : state.rules().version(),
                state.pack(),
                players,
                state.round(),
                state.questionNumber(),
                state.question() == null ? null : question(state.question()),
                state.advanceAt());
    }

    public static GameState restore(GameSnapshot snapshot) {
        PMap<String, Player> players = HashTreePMap.empty();
        int active = 0;
        for (Player player : snapshot.players()) {
            players = players.plus(player.playerId(), player);
            active += player.active() ? 1 : 0;
        }
        return new GameState(
                snapshot.gameId(),
                snapshot.sequence(),
                snapshot.phase(),
                snapshot.hostId(),
                snapshot.settings(),
                snapshot.rulesVersion() == null ? null : GameRules.of(snapshot.settings(), snapshot.rulesVersion()),
                snapshot.pack(),
                players,
                active,
                snapshot.round(),
                snapshot.questionNumber(),
                snapshot.question() == null ? null : question(snapshot.question(), snapshot.pack()),
                snapshot.advanceAt());
    }

    private static GameSnapshot.QuestionSnapshot question(QuestionInPlay q) {
        BuzzerState b = q.buzzer();
        return new GameSnapshot.QuestionSnapshot(
                q.round(),
                q.number(),
                q.questionId(),
                q.mode(),
                q.opensAt(),
                q.closesAt(),
                q.answers().values().stream()
                        .sorted(Comparator.comparingLong(GivenAnswer::sequence))
                        .toList(),
                new GameSnapshot.BuzzerSnapshot(
                        b.opening(),
                        sorted(b.lockedOut()),
                        sorted(b.buzzed()),
                        b.leader(),
                        b.windowClosesAt(),
                        b.awardedTo(),
                        b.answerDueAt()));
    }

    private static QuestionInPlay question(GameSnapshot.QuestionSnapshot q, QuestionPack pack) {
        Question question = pack.questions().stream()
                .filter(candidate -> candidate.questionId().equals(q.questionId()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("question " + q.questionId() + " is not in the pack"));
        GameSnapshot.BuzzerSnapshot b = q.buzzer();
        var buzzer = new BuzzerState(
                b.opening(),
                HashTreePSet.from(b.lockedOut()),
                HashTreePSet.from(b.buzzed()),
                b.leader(),
                b.windowClosesAt(),
                b.awardedTo(),
                b.answerDueAt());
        PMap<String, GivenAnswer> answers = HashTreePMap.empty();
        for (GivenAnswer answer : q.answers()) {
            answers = answers.plus(answer.playerId(), answer);
        }
        return new QuestionInPlay(
                q.round(), q.number(), question, q.mode(), q.opensAt(), q.closesAt(), answers, buzzer);
    }

    private static List<String> sorted(Collection<String> ids) {
        return ids.stream().sorted().toList();
    }
}
