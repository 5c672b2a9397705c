package io.buzzline.bots.client;

import java.util.List;

import io.buzzline.events.RoundMode;

/**
 * The settings a bot host creates a game with (the lobby's {@code POST /games} body): its rounds, at
 * most {@code maxPlayers}, questions from {@code categories} in {@code language}.
 */
public record GameSpec(List<Round> rounds, int maxPlayers, String language, List<String> categories) {

    /** One round: its mode, how many questions, seconds per question. */
    public record Round(RoundMode mode, int questions, int timeLimitSeconds) {}

    public GameSpec {
        rounds = List.copyOf(rounds);
        categories = List.copyOf(categories);
    }

    /** One round of {@code mode}. */
    public static GameSpec of(RoundMode mode, int questions, int timeLimitSeconds, List<String> categories) {
        return new GameSpec(List.of(new Round(mode, questions, timeLimitSeconds)), 50, "en", categories);
    }
}
