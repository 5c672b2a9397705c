package io.buzzline.engine;

import java.time.Instant;
import java.util.Optional;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

import io.buzzline.events.GameSettings;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionPack;
import io.buzzline.events.RoundSettings;
import io.buzzline.rules.GameRules;

import static io.buzzline.events.Require.nonBlank;

/**
 * The immutable state of one game: the fold of its events up to {@code sequence}. Collections are
 * persistent, so each event shares almost everything with the state before it. Fields that do not
 * apply yet are null: {@code hostId}, {@code settings} and {@code rules} before creation, {@code pack} before
 * loading, {@code question} before the first question, {@code advanceAt} unless the game moves on by
 * itself after a reveal.
 */
public record GameState(
        String gameId,
        long sequence,
        GamePhase phase,
        String hostId,
        GameSettings settings,
        GameRules rules,
        QuestionPack pack,
        PMap<String, Player> players,
        int activePlayers,
        int round,
        int questionNumber,
        QuestionInPlay question,
        Instant advanceAt) {

    /** The state of a game nothing has happened to yet. */
    public static GameState empty(String gameId) {
        return new GameState(
                nonBlank(gameId, "gameId"),
                0,
                GamePhase.NEW,
                null,
                null,
                null,
                null,
                HashTreePMap.empty(),
                0,
                0,
                0,
                null,
                null);
    }

    public Optional<Player> player(String playerId) {
        return Optional.ofNullable(players.get(playerId));
    }

    public boolean isActivePlayer(String playerId) {
        Player player = players.get(playerId);
        return player != null && player.active();
    }

    public boolean isHost(String playerOrHostId) {
        return playerOrHostId.equals(hostId);
    }

    public RoundSettings roundSettings() {
        return settings.round(round);
    }

    /** The pack question at {@code number} (1-based) of {@code roundNumber}: packs are played in order. */
    public Question packQuestion(int roundNumber, int number) {
        int index = number - 1;
        for (int r = 1; r < roundNumber; r++) {
            index += settings.round(r).questionCount();
        }
        return pack.question(index);
    }

    /** The one deadline the runtime must arm now, if any. */
    public Optional<Deadline> pendingDeadline() {
        return Deadline.pendingIn(this);
    }

    GameState next(long newSequence, GamePhase newPhase) {
        return new GameState(
                gameId,
                newSequence,
                newPhase,
                hostId,
                settings,
                rules,
                pack,
                players,
                activePlayers,
                round,
                questionNumber,
                question,
                advanceAt);
    }

    GameState withPlayers(PMap<String, Player> newPlayers, int newActivePlayers) {
        return new GameState(
                gameId,
                sequence,
                phase,
                hostId,
                settings,
                rules,
                pack,
                newPlayers,
                newActivePlayers,
                round,
                questionNumber,
                question,
                advanceAt);
    }

    GameState withQuestion(QuestionInPlay newQuestion) {
        return new GameState(
                gameId,
                sequence,
                phase,
                hostId,
                settings,
                rules,
                pack,
                players,
                activePlayers,
                round,
                questionNumber,
                newQuestion,
                advanceAt);
    }

    GameState withSetup(String newHostId, GameSettings newSettings, GameRules newRules, QuestionPack newPack) {
        return new GameState(
                gameId,
                sequence,
                phase,
                newHostId,
                newSettings,
                newRules,
                newPack,
                players,
                activePlayers,
                round,
                questionNumber,
                question,
                advanceAt);
    }

    GameState withPosition(int newRound, int newQuestionNumber, QuestionInPlay newQuestion, Instant newAdvanceAt) {
        return new GameState(
                gameId,
                sequence,
                phase,
                hostId,
                settings,
                rules,
                pack,
                players,
                activePlayers,
                newRound,
                newQuestionNumber,
                newQuestion,
                newAdvanceAt);
    }
}
