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
    static FinishedTally of(Map<String, String> hash, String rulesVersion) {
        List<PlayerTally> players = new ArrayList<>();
        hash.forEach((field, value) -> {
            if (field.startsWith("n:")) {
                String player = field.substring(2);
                String total = hash.get(TallyFields.total(player));
                players.add(new PlayerTally(
                        player,
                        value,
                        total == null ? 0 : Long.parseLong(total),
                        AnswerStats.decode(hash.get(TallyFields.stats(player)))));
            }
        });
        String sequence = hash.get(TallyFields.SEQUENCE);
        return new FinishedTally(sequence == null ? 0 : Long.parseLong(sequence), rulesVersion, players);
    }

    public boolean isEmpty() {
        return sequence == 0;
    }
}
