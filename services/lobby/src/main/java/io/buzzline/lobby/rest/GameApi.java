package io.buzzline.lobby.rest;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.DependentRequired;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.buzzline.events.RoundMode;

/** The REST request and response bodies of the lobby API. */
public final class GameApi {

    /** Players a game takes when the request does not say. */
    public static final int DEFAULT_MAX_PLAYERS = 100;

    /** Questions in a round when the request does not say (as a quick-play round). */
    public static final int DEFAULT_QUESTIONS = 5;

    /** Seconds to answer or buzz when the request does not say (as a quick-play round). */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 20;

    /** The nickname rule in words: the wire limit (400) and the moderation rule (422) differ. */
    static final String NICKNAME = "2 to 20 characters after trimming (letters of any script, digits, spaces,"
            + " - _ . '), else 422 nickname-rejected; more than 40 characters as sent is a 400.";

    private GameApi() {}

    @Schema(additionalProperties = Schema.False.class, description = "One round of a game.")
    public record RoundRequest(
            @NotNull @Schema(description = "BUZZER: first to buzz answers; CLASSIC: everyone answers.")
            RoundMode mode,

            @Min(1)
            @Max(50)
            @Schema(description = "Questions in the round; default 5.", defaultValue = "5", examples = "5")
            Integer questions,

            @Min(5)
            @Max(120)
            @Schema(
                    description = "Seconds to answer (CLASSIC) or to buzz (BUZZER); default 20.",
                    defaultValue = "20",
                    examples = "20")
            Integer timeLimitSeconds,

            @Min(0) @Max(10_000) @Schema(description = "Points for a correct answer; default 1000.")
            Integer points,

            @Min(0) @Max(10_000) @Schema(description = "Points lost for a wrong buzzer answer; default 0.")
            Integer wrongAnswerPenalty) {}

    @Schema(additionalProperties = Schema.False.class, description = "Settings of a new game.")
    public record CreateGameRequest(
            @NotEmpty @Size(max = 10) @Valid List<RoundRequest> rounds,

            @Min(1)
            @Max(10_000)
            @Schema(description = "Most players; default 100.", defaultValue = "100", examples = "50")
            Integer maxPlayers,

            @NotNull @Pattern(regexp = "[a-z]{2}") @Schema(examples = "en")
            String language,

            @Size(max = 10) @Schema(description = "Question categories; empty or absent means any.")
            List<@Pattern(regexp = "[a-z0-9-]{1,40}") String> categories,

            @Pattern(regexp = "[A-Za-z0-9_-]{1,64}")
            @Schema(
                    description = "A question pack content already holds, instead of categories; it must hold"
                            + " at least the game's questions (else 422).")
            String packId,

            @Schema(description = "Listed publicly and open to quick play.")
            boolean publicGame,

            @Schema(description = "Whether players may join after the start.")
            boolean lateJoin,

            @Schema(description = "Whether players play in teams.")
            boolean teamPlay,

            @Min(0)
            @Max(60)
            @Schema(
                    description =
                            "Seconds between questions when the game runs on its own; 0 or absent: the host moves on.")
            Integer autoAdvanceSeconds,

            @Schema(description = "Streak bonus for consecutive correct answers (CLASSIC); default on.")
            Boolean streakBonus) {}

    @Schema(description = "A created game: share the join code, keep the host token.")
    public record CreatedGameResponse(
            String gameId, String joinCode, String hostToken, Instant hostTokenExpiresAt, GameView game) {}

    @Schema(description = "What anyone may know about a game before joining it.")
    public record GameView(
            String gameId,
            String joinCode,
            String status,
            boolean publicGame,
            String language,
            List<String> categories,
            int players,
            int maxPlayers,
            boolean lateJoin,
            Instant createdAt) {}

    @Schema(
            additionalProperties = Schema.False.class,
            description = "Join a game. Send playerId and credential to come back as the same player.",
            dependentRequired = {
                @DependentRequired(name = "playerId", requires = "credential"),
                @DependentRequired(name = "credential", requires = "playerId")
            })
    public record JoinRequest(
            @NotNull @Size(min = 1, max = 40) @Schema(description = NICKNAME, examples = "Ada")
            String nickname,

            @Pattern(regexp = "p_[A-Za-z0-9_-]{16}") String playerId,
            @Size(max = 100) String credential) {}

    @Schema(description = "A joined player. The credential is returned only when this join created the identity.")
    public record JoinResponse(
            String gameId,
            String playerId,

            @Schema(description = "Keep it: with playerId it restores this player in later games.")
            String credential,

            String nickname,
            boolean rejoined,
            String playerToken,
            Instant playerTokenExpiresAt) {}

    @Schema(description = "A watcher's token: the gateway sends it the game's public events only.")
    public record SpectatorResponse(
            String gameId, String spectatorId, String spectatorToken, Instant spectatorTokenExpiresAt) {}

    @Schema(
            additionalProperties = Schema.False.class,
            description = "Join the oldest open public game matching the language and category, or a new one.",
            dependentRequired = {
                @DependentRequired(name = "playerId", requires = "credential"),
                @DependentRequired(name = "credential", requires = "playerId")
            })
    public record QuickPlayRequest(
            @NotNull @Size(min = 1, max = 40) @Schema(description = NICKNAME)
            String nickname,

            @NotNull @Pattern(regexp = "[a-z]{2}") String language,
            @Pattern(regexp = "[a-z0-9-]{1,40}") String category,
            @Pattern(regexp = "p_[A-Za-z0-9_-]{16}") String playerId,
            @Size(max = 100) String credential) {}

    @Schema(description = "How many of a game's players hold a live connection.")
    public record PresenceView(String gameId, int players, long connected) {}
}
