package io.buzzline.gateway.protocol;

/**
 * A frame a client sends. {@code id} is the client's own message id (may be null), echoed in the ack or
 * error frame that answers it. The set is closed: a {@code switch} over it needs no {@code default}.
 */
public sealed interface ClientFrame
        permits ClientFrame.Hello,
                ClientFrame.Buzz,
                ClientFrame.Answer,
                ClientFrame.Start,
                ClientFrame.Next,
                ClientFrame.Skip,
                ClientFrame.Kick,
                ClientFrame.End,
                ClientFrame.Board,
                ClientFrame.Ping {

    String id();

    /** First frame of every connection: the lobby's token and, to resume, the last sequence seen. */
    record Hello(String id, int version, String token, Long lastSequence) implements ClientFrame {}

    /** A player buzzes for the question being played. */
    record Buzz(String id, String questionId) implements ClientFrame {}

    /** A player answers the question being played with one of its choices. */
    record Answer(String id, String questionId, String answer) implements ClientFrame {}

    /** The host starts the game. */
    record Start(String id) implements ClientFrame {}

    /** The host moves on to the next question. */
    record Next(String id) implements ClientFrame {}

    /** The host skips the current question. */
    record Skip(String id) implements ClientFrame {}

    /** The host removes a player. */
    record Kick(String id, String playerId) implements ClientFrame {}

    /** The host ends the game early. */
    record End(String id) implements ClientFrame {}

    /** The host asks for a page of the whole board: {@code limit} standings from {@code offset} (0-based). */
    record Board(String id, int offset, int limit) implements ClientFrame {}

    /** Asks for a pong; {@code clientTime} (any number the client chooses) is echoed back. */
    record Ping(String id, Long clientTime) implements ClientFrame {}
}
