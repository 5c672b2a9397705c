package io.buzzline.engine;

import java.time.Instant;

import io.buzzline.commands.CreateGame;
import io.buzzline.commands.EndGame;
import io.buzzline.commands.LoadQuestions;
import io.buzzline.commands.ReportPackUnavailable;
import io.buzzline.commands.StartGame;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundStarted;

import static io.buzzline.engine.Decision.reject;

/** Creating, loading (or failing to load), starting and ending a game. */
final class SetupRules {

    private SetupRules() {}

    static Decision create(GameState state, CreateGame command, Instant now) {
        if (state.phase() != GamePhase.NEW) {
            return reject(Rejection.GAME_ALREADY_CREATED);
        }
        return Emitter.single(state, now, new GameCreated(command.hostId(), command.settings()));
    }

    static Decision load(GameState state, LoadQuestions command, Instant now) {
        if (state.phase() != GamePhase.LOBBY) {
            return reject(Rejection.GAME_ALREADY_STARTED);
        }
        if (state.pack() != null) {
            return reject(Rejection.QUESTIONS_ALREADY_LOADED);
        }
        if (!command.pack().packId().equals(state.settings().questionPackId())) {
            return reject(Rejection.WRONG_PACK);
        }
        if (command.pack().size() < state.settings().totalQuestions()) {
            return reject(Rejection.NOT_ENOUGH_QUESTIONS);
        }
        return Emitter.single(state, now, new QuestionsLoaded(command.pack()));
    }

    /**
     * Content could not give the runtime the game's pack: a game still waiting for it can never start, so it
     * ends (CONTENT_UNAVAILABLE, public). Once the questions are in, or the game started, nothing changes.
     */
    static Decision packUnavailable(GameState state, ReportPackUnavailable command, Instant now) {
        if (state.phase() != GamePhase.LOBBY) {
            return reject(Rejection.GAME_ALREADY_STARTED);
        }
        if (state.pack() != null) {
            return reject(Rejection.QUESTIONS_ALREADY_LOADED);
        }
        if (!command.packId().equals(state.settings().questionPackId())) {
            return reject(Rejection.WRONG_PACK);
        }
        return Emitter.single(state, now, new GameEnded(GameEnded.Reason.CONTENT_UNAVAILABLE));
    }

    static Decision start(GameState state, StartGame command, Instant now) {
        if (!state.isHost(command.hostId())) {
            return reject(Rejection.NOT_THE_HOST);
        }
        if (state.phase() != GamePhase.LOBBY) {
            return reject(Rejection.GAME_ALREADY_STARTED);
        }
        if (state.pack() == null) {
            return reject(Rejection.QUESTIONS_NOT_LOADED);
        }
        if (state.activePlayers() == 0) {
            return reject(Rejection.NO_PLAYERS);
        }
        var first = state.settings().round(1);
        return ProgressRules.showQuestion(
                        state,
                        1,
                        1,
                        Emitter.after(state, now).emit(new RoundStarted(1, first.mode(), first.questionCount())),
                        now)
                .accept();
    }

    static Decision end(GameState state, EndGame command, Instant now) {
        if (!state.isHost(command.hostId())) {
            return reject(Rejection.NOT_THE_HOST);
        }
        return Emitter.single(state, now, new GameEnded(GameEnded.Reason.ENDED_BY_HOST));
    }
}
