package io.buzzline.gateway.messaging;

import java.time.Instant;

import io.buzzline.commands.EndGame;
import io.buzzline.commands.GameCommand;
import io.buzzline.commands.KickPlayer;
import io.buzzline.commands.PressBuzz;
import io.buzzline.commands.ShowNextQuestion;
import io.buzzline.commands.SkipQuestion;
import io.buzzline.commands.StartGame;
import io.buzzline.commands.SubmitAnswer;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.protocol.ClientFrame;
import io.buzzline.gateway.protocol.ErrorCode;
import io.buzzline.gateway.protocol.FrameException;

/**
 * Turns a command frame into the canonical command for the sender's role. Who acts is always the
 * token's subject, never a field of the frame; times are the gateway's, never the client's.
 */
public final class CommandMapper {

    private CommandMapper() {}

    /**
     * The command for {@code frame}, received at {@code receivedAt} on a connection with round trip
     * {@code rttMillis} that was written the buzzed question's frame at {@code shownAt} (null if not).
     */
    public static GameCommand toCommand(
            ClientFrame frame, Identity who, Instant receivedAt, long rttMillis, Instant shownAt) {
        return switch (frame) {
            case ClientFrame.Buzz buzz ->
                new PressBuzz(
                        require(who, Role.PLAYER, frame).subject(), buzz.questionId(), receivedAt, rttMillis, shownAt);
            case ClientFrame.Answer answer ->
                new SubmitAnswer(
                        require(who, Role.PLAYER, frame).subject(), answer.questionId(), answer.answer(), receivedAt);
            case ClientFrame.Start start ->
                new StartGame(require(who, Role.HOST, frame).subject());
            case ClientFrame.Next next ->
                new ShowNextQuestion(require(who, Role.HOST, frame).subject());
            case ClientFrame.Skip skip ->
                new SkipQuestion(require(who, Role.HOST, frame).subject());
            case ClientFrame.Kick kick ->
                new KickPlayer(require(who, Role.HOST, frame).subject(), kick.playerId());
            case ClientFrame.End end ->
                new EndGame(require(who, Role.HOST, frame).subject());
            case ClientFrame.Hello hello -> throw new IllegalArgumentException("hello is not a command");
            case ClientFrame.Ping ping -> throw new IllegalArgumentException("ping is not a command");
            case ClientFrame.Board board -> throw new IllegalArgumentException("board is not a command");
        };
    }

    private static Identity require(Identity who, Role role, ClientFrame frame) {
        if (who.role() != role) {
            throw new FrameException(
                    ErrorCode.FORBIDDEN,
                    frame.id(),
                    "only a " + role.group() + " may send this; this connection is a "
                            + who.role().group());
        }
        return who;
    }
}
