package io.buzzline.engine;

/**
 * An answer given to the question in play, as the reveal scores it: the ANSWER_SUBMITTED at
 * {@code sequence} (its event id is the score's source), the verdict and the response time.
 */
public record GivenAnswer(String playerId, long sequence, boolean correct, long responseMillis) {}
