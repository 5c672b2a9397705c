package io.buzzline.rules;

/**
 * The scoring rules of one {@link RulesVersion}: pure functions of the round's settings and the
 * answer. A new version is a new implementation; the games created under an old one keep it.
 */
public sealed interface RuleSet permits RuleSetV1 {

    /** The rules of {@code version}. */
    static RuleSet of(RulesVersion version) {
        return switch (version) {
            case V1 -> RuleSetV1.INSTANCE;
        };
    }

    /**
     * Points for a CLASSIC answer given {@code responseMillis} after the question opened, and the
     * player's streak of correct answers to the questions right before this one.
     */
    Award classic(RoundRules round, StreakRule streak, long responseMillis, boolean correct, int streakBefore);

    /** Points for the answer of a BUZZER round's buzz winner. */
    Award buzzer(RoundRules round, boolean correct);
}
