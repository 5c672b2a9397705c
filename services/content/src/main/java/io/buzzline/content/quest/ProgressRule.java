package io.buzzline.content.quest;

import java.util.List;

import io.buzzline.content.history.PlayedGame;

/** How a goal counts a player's finished games; free of storage and clocks. */
public final class ProgressRule {

    private ProgressRule() {}

    /** The goal's count over the games (already limited to the window). */
    public static long count(QuestGoal goal, List<PlayedGame> games) {
        return switch (goal) {
            case QuestGoal.PlayGames play -> games.size();
            case QuestGoal.WinGames win ->
                games.stream().filter(g -> g.rank() == 1).count();
            case QuestGoal.CorrectAnswers correct ->
                games.stream()
                        .mapToLong(g -> correct.category()
                                .map(c -> (long) g.correctByCategory().getOrDefault(c, 0))
                                .orElse((long) g.correct()))
                        .sum();
            case QuestGoal.ScorePoints points ->
                games.stream().mapToLong(PlayedGame::score).sum();
        };
    }

    /** The player's progress in a window, from their games that ended in it. */
    public static QuestProgress progress(Quest quest, QuestWindow window, List<PlayedGame> games) {
        List<PlayedGame> inWindow =
                games.stream().filter(g -> window.contains(g.endedAt())).toList();
        QuestGoal goal = quest.definition().goal();
        return new QuestProgress(quest, window, count(goal, inWindow), goal.target());
    }
}
