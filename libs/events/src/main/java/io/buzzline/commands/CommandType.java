package io.buzzline.commands;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every command a game accepts: its wire name and stable numeric code. */
public enum CommandType {
    CREATE_GAME(1, CreateGame.class),
    JOIN_GAME(2, JoinGame.class),
    LEAVE_GAME(3, LeaveGame.class),
    START_GAME(4, StartGame.class),
    SHOW_NEXT_QUESTION(5, ShowNextQuestion.class),
    PRESS_BUZZ(6, PressBuzz.class),
    SUBMIT_ANSWER(7, SubmitAnswer.class),
    FIRE_TIMER(8, FireTimer.class),
    SKIP_QUESTION(9, SkipQuestion.class),
    KICK_PLAYER(10, KickPlayer.class),
    END_GAME(11, EndGame.class),
    LOAD_QUESTIONS(13, LoadQuestions.class),
    REPORT_PACK_UNAVAILABLE(14, ReportPackUnavailable.class);

    private static final Map<String, CommandType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private final int code;
    private final Class<? extends GameCommand> payloadType;

    CommandType(int code, Class<? extends GameCommand> payloadType) {
        this.code = code;
        this.payloadType = payloadType;
    }

    public int code() {
        return code;
    }

    public Class<? extends GameCommand> payloadType() {
        return payloadType;
    }

    /** Looks a type up by its wire name; empty for unknown names. */
    public static Optional<CommandType> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(name));
    }
}
