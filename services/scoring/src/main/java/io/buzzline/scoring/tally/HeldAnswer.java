package io.buzzline.scoring.tally;

/**
 * A CLASSIC answer waiting for its question's reveal: scoring it earlier would tell the player (and
 * everyone watching the scores) whether it was right before the answer key is public.
 */
record HeldAnswer(String eventId, String questionId, long responseMillis, boolean correct) {

    String encode() {
        return eventId + "|" + questionId + "|" + responseMillis + "|" + (correct ? 1 : 0);
    }

    static HeldAnswer decode(String value) {
        String[] parts = value.split("\\|", -1);
        return new HeldAnswer(parts[0], parts[1], Long.parseLong(parts[2]), "1".equals(parts[3]));
    }
}
