package io.buzzline.lobby.rest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.buzzline.events.BuzzerSettings;
import io.buzzline.events.GameSettings;
import io.buzzline.events.RoundSettings;
import io.buzzline.events.StreakBonus;
import io.buzzline.lobby.game.NewGame;
import io.buzzline.lobby.rest.GameApi.CreateGameRequest;
import io.buzzline.lobby.rest.GameApi.RoundRequest;

/** Turns a validated create request into the engine's game settings. */
final class SettingsMapper {

    private SettingsMapper() {}

    static NewGame toNewGame(CreateGameRequest request) {
        List<String> categories = request.categories() == null ? List.of() : List.copyOf(request.categories());
        GameSettings settings = new GameSettings(
                request.rounds().stream().map(SettingsMapper::round).toList(),
                Objects.requireNonNullElse(request.maxPlayers(), GameApi.DEFAULT_MAX_PLAYERS),
                request.teamPlay(),
                request.language(),
                packId(request, categories),
                Duration.ofSeconds(Objects.requireNonNullElse(request.autoAdvanceSeconds(), 0)),
                BuzzerSettings.DEFAULT,
                Boolean.FALSE.equals(request.streakBonus()) ? StreakBonus.OFF : StreakBonus.DEFAULT);
        boolean hostPack = request.packId() != null && !request.packId().isBlank();
        return new NewGame("Host", settings, categories, request.publicGame(), request.lateJoin(), hostPack, false);
    }

    /** The host's pack, or a placeholder until content has made one from language and categories. */
    static String packId(CreateGameRequest request, List<String> categories) {
        return request.packId() != null && !request.packId().isBlank() ? request.packId() : NewGame.PACK_TO_BE_MADE;
    }

    private static RoundSettings round(RoundRequest round) {
        return new RoundSettings(
                round.mode(),
                Objects.requireNonNullElse(round.questions(), GameApi.DEFAULT_QUESTIONS),
                Duration.ofSeconds(
                        Objects.requireNonNullElse(round.timeLimitSeconds(), GameApi.DEFAULT_TIME_LIMIT_SECONDS)),
                RoundSettings.DEFAULT_BUZZ_ANSWER_TIME_LIMIT,
                Objects.requireNonNullElse(round.points(), RoundSettings.DEFAULT_POINTS_POSSIBLE),
                Objects.requireNonNullElse(round.wrongAnswerPenalty(), 0));
    }
}
