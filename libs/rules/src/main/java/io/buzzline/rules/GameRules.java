package io.buzzline.rules;

import java.util.List;

import io.buzzline.events.GameSettings;

/**
 * Everything needed to score one game, frozen when its GAME_CREATED is applied: the rules version and
 * the host's point values per round and streak settings.
 */
public record GameRules(RulesVersion version, List<RoundRules> rounds, StreakRule streak) {

    public GameRules {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("rounds: must not be empty");
        }
    }

    /** The rules of a game created with {@code settings}, scored by {@code version}. */
    public static GameRules of(GameSettings settings, RulesVersion version) {
        return new GameRules(
                version,
                settings.rounds().stream().map(RoundRules::of).toList(),
                StreakRule.of(settings.streakBonus()));
    }

    /** Round {@code round}, 1-based as in the events. */
    public RoundRules round(int round) {
        return rounds.get(round - 1);
    }

    /** The position of a question in the whole game (1-based): streaks run over consecutive positions. */
    public int ordinal(int round, int questionNumber) {
        int before = 0;
        for (int r = 1; r < round; r++) {
            before += round(r).questionCount();
        }
        return before + questionNumber;
    }

    /** The rule set this game is scored by. */
    public RuleSet ruleSet() {
        return RuleSet.of(version);
    }
}
