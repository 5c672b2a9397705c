package io.buzzline.lobby.game;

import io.buzzline.problems.ProblemException;

/**
 * A request the lobby refuses, with a stable type (the last segment of the RFC 9457 {@code type}
 * URI), the HTTP status and a sentence for the client; libs/problems renders it.
 */
public class LobbyProblem extends ProblemException {

    public LobbyProblem(int status, String type, String detail) {
        super(status, type, detail);
    }

    public static LobbyProblem of(JoinRefusal refusal) {
        return switch (refusal) {
            case NO_SUCH_GAME -> new LobbyProblem(404, "game-not-found", "No live game has this code.");
            case GAME_ENDED -> new LobbyProblem(410, "game-ended", "This game is over.");
            case GAME_STARTED ->
                new LobbyProblem(409, "game-started", "This game has started and does not take late joins.");
            case GAME_FULL -> new LobbyProblem(409, "game-full", "This game is full.");
            case NICKNAME_TAKEN ->
                new LobbyProblem(409, "nickname-taken", "Someone in this game already uses this nickname.");
            case KICKED -> new LobbyProblem(403, "kicked", "The host removed you from this game.");
        };
    }
}
