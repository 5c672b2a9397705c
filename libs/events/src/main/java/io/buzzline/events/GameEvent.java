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
                GameEnded,
                QuestionsLoaded,
                PlayerLeft,
                BuzzerAwarded,
                BuzzerReopened,
                AnswerRevealed {

    EventType type();

    /** Who may see this event; the gateway projects views from it, never from the payload. */
    Visibility visibility();
}
