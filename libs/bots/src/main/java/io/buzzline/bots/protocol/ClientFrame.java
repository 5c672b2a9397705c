package io.buzzline.bots.protocol;

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

    /** Whether the frame asks match to act (and is therefore acked, or refused with an error). */
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
