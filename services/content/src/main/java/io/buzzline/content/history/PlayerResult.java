package io.buzzline.content.history;

/** How one player finished a game: final score and rank (1 = best; ties share a rank). */
public record PlayerResult(String playerId, String nickname, long score, int rank) {}
