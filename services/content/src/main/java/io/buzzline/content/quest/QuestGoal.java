package io.buzzline.content.quest;

import java.util.Optional;

/** What a player must do within one window of a quest; {@code target} is the number to reach. */
public sealed interface QuestGoal {

    /** The kinds of goal, as named on the wire and in storage. */
    enum Kind {
        PLAY_GAMES,
        WIN_GAMES,
        CORRECT_ANSWERS,
        SCORE_POINTS
    }

    int target();

    Kind kind();

    /** Finish {@code target} games. */
    record PlayGames(int target) implements QuestGoal {
        @Override
        public Kind kind() {
            return Kind.PLAY_GAMES;
        }
    }

    /** Finish {@code target} games ranked first (ties count). */
    record WinGames(int target) implements QuestGoal {
        @Override
        public Kind kind() {
            return Kind.WIN_GAMES;
        }
    }

    /** Answer {@code target} questions right, of one category if given. */
    record CorrectAnswers(int target, Optional<String> category) implements QuestGoal {
        @Override
        public Kind kind() {
            return Kind.CORRECT_ANSWERS;
        }
    }

    /** Score {@code target} points in total over the window's games. */
    record ScorePoints(int target) implements QuestGoal {
        @Override
        public Kind kind() {
            return Kind.SCORE_POINTS;
        }
    }

    /** The goal of this kind; {@code category} only narrows CORRECT_ANSWERS. */
    static QuestGoal of(Kind kind, int target, Optional<String> category) {
        return switch (kind) {
            case PLAY_GAMES -> new PlayGames(target);
            case WIN_GAMES -> new WinGames(target);
            case CORRECT_ANSWERS -> new CorrectAnswers(target, category);
            case SCORE_POINTS -> new ScorePoints(target);
        };
    }

    /** The category a goal is narrowed to, if any. */
    default Optional<String> category() {
        return Optional.empty();
    }
}
