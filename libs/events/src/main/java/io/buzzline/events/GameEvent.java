package io.buzzline.events;

/**
 * One fact of a game's life, without its envelope (game id, sequence, time, version). The set is
 * closed: a {@code switch} over it needs no {@code default}.
 */
public sealed interface GameEvent
        permits GameCreated,
                PlayerJoined,
                RoundStarted,
                QuestionShown,
                BuzzPressed,
                AnswerSubmitted,
                ScoreUpdated,
                RoundEnded,
                GameEnded {

    EventType type();
}
