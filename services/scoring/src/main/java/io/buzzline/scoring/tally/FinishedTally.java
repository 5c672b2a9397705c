package io.buzzline.scoring.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the tally of an ended game holds: the rules version it was scored by and every player. */
public record FinishedTally(long sequence, String rulesVersion, List<PlayerTally> players) {

    public FinishedTally {
        players = List.copyOf(players);
    }

    /** Reads a whole tally hash; every player who joined is in it, with or without points. */
    static FinishedTally of(Map<String, String> hash) {
        List<PlayerTally> players = new ArrayList<>();
        hash.forEach((field, value) -> {
            if (field.startsWith("n:")) {
                String player = field.substring(2);
                var answers = new AnswerStats(
                        (int) number(hash, TallyFields.answered(player), 0),
                        (int) number(hash, TallyFields.correct(player), 0),
                        number(hash, TallyFields.reactionSum(player), 0),
                        number(hash, TallyFields.bestReaction(player), -1));
                players.add(new PlayerTally(player, value, number(hash, TallyFields.total(player), 0), answers));
            }
        });
        return new FinishedTally(
                number(hash, TallyFields.SEQUENCE, 0), hash.getOrDefault(TallyFields.RULES, ""), players);
    }

    private static long number(Map<String, String> hash, String field, long absent) {
        String value = hash.get(field);
        return value == null ? absent : Long.parseLong(value);
    }

    public boolean isEmpty() {
        return sequence == 0;
    }
}
