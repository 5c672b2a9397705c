package io.buzzline.events;

import java.time.Duration;
import java.util.List;

import static io.buzzline.events.Require.nonBlank;
import static io.buzzline.events.Require.nonEmpty;
import static io.buzzline.events.Require.nonNull;

/**
 * A game's settings as the host chose them; carried by {@link GameCreated} and never changed.
 * {@code questionPackId} names the pack the match service fetches before the start;
 * {@code autoAdvanceDelay} is how long after a reveal the game moves on by itself ({@link
 * Duration#ZERO}: only when the host says so).
 */
public record GameSettings(
        List<RoundSettings> rounds,
        int maxPlayers,
        boolean teamPlay,
        String language,
        String questionPackId,
        Duration autoAdvanceDelay,
        BuzzerSettings buzzer,
        StreakBonus streakBonus) {

    /** The most players one game may hold. */
    public static final int MAX_PLAYERS_LIMIT = 10_000;

    public GameSettings {
        rounds = List.copyOf(nonEmpty(rounds, "rounds"));
        if (maxPlayers < 1 || maxPlayers > MAX_PLAYERS_LIMIT) {
            throw new IllegalArgumentException(
                    "maxPlayers: must be between 1 and " + MAX_PLAYERS_LIMIT + ", was " + maxPlayers);
        }
        nonBlank(language, "language");
        nonBlank(questionPackId, "questionPackId");
        nonNull(autoAdvanceDelay, "autoAdvanceDelay");
        if (autoAdvanceDelay.isNegative()) {
            throw new IllegalArgumentException("autoAdvanceDelay: must not be negative, was " + autoAdvanceDelay);
        }
        nonNull(buzzer, "buzzer");
        nonNull(streakBonus, "streakBonus");
    }

    /** Host-driven settings with the default buzzer and streak bonus. */
    public GameSettings(
            List<RoundSettings> rounds, int maxPlayers, boolean teamPlay, String language, String questionPackId) {
        this(
                rounds,
                maxPlayers,
                teamPlay,
                language,
                questionPackId,
                Duration.ZERO,
                BuzzerSettings.DEFAULT,
                StreakBonus.DEFAULT);
    }

    /** The same settings playing another question pack (the lobby fills it in once content made one). */
    public GameSettings withQuestionPackId(String packId) {
        return new GameSettings(rounds, maxPlayers, teamPlay, language, packId, autoAdvanceDelay, buzzer, streakBonus);
    }

    /** How many questions the whole game plays. */
    public int totalQuestions() {
        return rounds.stream().mapToInt(RoundSettings::questionCount).sum();
    }

    public RoundSettings round(int round) {
        return rounds.get(round - 1);
    }

    public boolean autoAdvances() {
        return !autoAdvanceDelay.isZero();
    }
}
