package io.buzzline.scoring.tally;

import java.util.Map;

import io.buzzline.scoring.rules.GameRules;
import io.buzzline.scoring.rules.Streak;

/** The part of a game's tally one event needs, as read before scoring it. */
public record TallyView(long sequence, GameRules rules, int round, int ordinal, Map<String, String> fields) {

    public TallyView {
        fields = Map.copyOf(fields);
    }

    /** A view for an event that needs nothing from the tally. */
    public static TallyView unread() {
        return new TallyView(0, null, 0, 0, Map.of());
    }

    /** No tally: scoring has not seen this game's GAME_CREATED. */
    public boolean isNew() {
        return sequence == 0;
    }

    long total(String playerId) {
        String value = fields.get(TallyFields.total(playerId));
        return value == null ? 0 : Long.parseLong(value);
    }

    Streak streak(String playerId) {
        return Streak.decode(fields.get(TallyFields.streak(playerId)));
    }

    AnswerStats stats(String playerId) {
        return AnswerStats.decode(fields.get(TallyFields.stats(playerId)));
    }
}
