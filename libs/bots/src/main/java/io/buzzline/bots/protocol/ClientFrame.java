package io.buzzline.bots.protocol;

import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.GameEvent;
import io.buzzline.events.RoundMode;

/** A frame a bot sends to the gateway (docs/protocol.md, client → server). */
public sealed interface ClientFrame
        permits ClientFrame.Hello,
                ClientFrame.Buzz,
                ClientFrame.Answer,
                ClientFrame.Start,
                ClientFrame.Next,
                ClientFrame.Skip,
                ClientFrame.End,
                ClientFrame.Ping {

    /** The protocol's {@code type} field. */
    String type();

    /**
     * Whether the frame asks match to act (and is therefore answered: by an ack, by its own event for a
     * buzz or a BUZZER answer under protocol v3, or refused with an error).
     */
    default boolean isCommand() {
        return switch (this) {
            case Hello hello -> false;
            case Ping ping -> false;
            case Buzz buzz -> true;
            case Answer answer -> true;
            case Start start -> true;
            case Next next -> true;
            case Skip skip -> true;
            case End end -> true;
        };
    }

    /**
     * Whether {@code event}, received by player {@code playerId}, answers this frame in place of an ack
     * (protocol v3): a buzz is answered by the player's own BUZZ_PRESSED for its question, an answer by its
     * own ANSWER_SUBMITTED in a BUZZER round (a CLASSIC round's is log-only, and acked). Events carry no
     * frame id, so the player and question are what tie them to the frame.
     */
    default boolean answeredBy(GameEvent event, String playerId) {
        return switch (this) {
            case Buzz buzz ->
                event instanceof BuzzPressed pressed
                        && pressed.playerId().equals(playerId)
                        && pressed.questionId().equals(buzz.questionId());
            case Answer answer ->
                event instanceof AnswerSubmitted submitted
                        && submitted.mode() == RoundMode.BUZZER
                        && submitted.playerId().equals(playerId)
                        && submitted.questionId().equals(answer.questionId());
            case Hello hello -> false;
            case Ping ping -> false;
            case Start start -> false;
            case Next next -> false;
            case Skip skip -> false;
            case End end -> false;
        };
    }

    /** The first frame of every connection; {@code lastSequence} resumes after that event (0: whole log). */
    record Hello(String token, long lastSequence) implements ClientFrame {
        @Override
        public String type() {
            return "hello";
        }
    }

    record Buzz(String questionId) implements ClientFrame {
        @Override
        public String type() {
            return "buzz";
        }
    }

    record Answer(String questionId, String answer) implements ClientFrame {
        @Override
        public String type() {
            return "answer";
        }
    }

    record Start() implements ClientFrame {
        @Override
        public String type() {
            return "start";
        }
    }

    record Next() implements ClientFrame {
        @Override
        public String type() {
            return "next";
        }
    }

    /** The host closes the open question now (its answers are revealed and scored). */
    record Skip() implements ClientFrame {
        @Override
        public String type() {
            return "skip";
        }
    }

    /** The host ends the game now, whatever is left of it. */
    record End() implements ClientFrame {
        @Override
        public String type() {
            return "end";
        }
    }

    record Ping(long clientTime) implements ClientFrame {
        @Override
        public String type() {
            return "ping";
        }
    }
}
