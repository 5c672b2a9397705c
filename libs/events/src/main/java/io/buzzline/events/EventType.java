package io.buzzline.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The frozen event canon: each type's wire name and stable numeric code. Codes are never reused or
 * renumbered; additions get the next free code and a note in the module README.
 */
public enum EventType {
    GAME_CREATED(1, GameCreated.class),
    PLAYER_JOINED(2, PlayerJoined.class),
    ROUND_STARTED(3, RoundStarted.class),
    QUESTION_SHOWN(4, QuestionShown.class),
    BUZZ_PRESSED(5, BuzzPressed.class),
    ANSWER_SUBMITTED(6, AnswerSubmitted.class),
    SCORE_UPDATED(7, ScoreUpdated.class),
    ROUND_ENDED(8, RoundEnded.class),
    GAME_ENDED(9, GameEnded.class),
    QUESTIONS_LOADED(10, QuestionsLoaded.class),
    PLAYER_LEFT(11, PlayerLeft.class),
    BUZZER_AWARDED(12, BuzzerAwarded.class),
    BUZZER_REOPENED(13, BuzzerReopened.class),
    ANSWER_REVEALED(14, AnswerRevealed.class);

    private static final Map<String, EventType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final int code;
    private final Class<? extends GameEvent> payloadType;

    EventType(int code, Class<? extends GameEvent> payloadType) {
        this.code = code;
        this.payloadType = payloadType;
    }

    public int code() {
        return code;
    }

    public Class<? extends GameEvent> payloadType() {
        return payloadType;
    }

    /**
     * True for the events that move a game through its life (created, questions loaded, a round started
     * or ended, ended): a handful per game whatever its size. Services that only follow games (the lobby's
     * list, content's archive) read these from match's milestone feed instead of decoding every answer,
     * buzz and score of every game.
     */
    public boolean isMilestone() {
        return switch (this) {
            case GAME_CREATED, QUESTIONS_LOADED, ROUND_STARTED, ROUND_ENDED, GAME_ENDED -> true;
            case PLAYER_JOINED,
                    QUESTION_SHOWN,
                    BUZZ_PRESSED,
                    ANSWER_SUBMITTED,
                    SCORE_UPDATED,
                    PLAYER_LEFT,
                    BUZZER_AWARDED,
                    BUZZER_REOPENED,
                    ANSWER_REVEALED -> false;
        };
    }

    /** Looks a type up by its wire name; empty for names outside the canon. */
    public static Optional<EventType> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }
}
