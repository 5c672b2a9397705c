package io.buzzline.scoring.leaderboard;

/** One place on a leaderboard: 1-based rank (ties share the better rank), player and points. */
public record Standing(long rank, String playerId, long score) {}
