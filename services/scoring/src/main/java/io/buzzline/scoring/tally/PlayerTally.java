package io.buzzline.scoring.tally;

/** A player's end of a game as the tally holds it: nickname, final total and answers. */
public record PlayerTally(String playerId, String nickname, long score, AnswerStats answers) {}
