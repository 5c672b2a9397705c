package io.buzzline.gateway.ws;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.logging.Log;
import io.vertx.mutiny.core.Vertx;

import io.buzzline.commands.GameCommand;
import io.buzzline.engine.GameEngine;
import io.buzzline.engine.QuestionInPlay;
import io.buzzline.engine.Rejection;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.fanout.GameFeed;
import io.buzzline.gateway.fanout.GameFeeds;
import io.buzzline.gateway.messaging.CommandMapper;
import io.buzzline.gateway.messaging.MatchCommandSender;
import io.buzzline.gateway.presence.PresenceTracker;
import io.buzzline.gateway.protocol.ClientFrame;
import io.buzzline.gateway.protocol.ClientFrameDecoder;
import io.buzzline.gateway.protocol.ErrorCode;
import io.buzzline.gateway.protocol.FrameException;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.tracing.GatewayTraces;
import io.buzzline.telemetry.LogFields;

/**
 * Handles what arrives on a connection, in this order: size limit, rate limit, strict decoding, then
 * hello, ping or a command for the sender's role. Whatever is refused gets an error frame; a connection
 * that earns too many is closed as abusive. Nothing invalid reaches match.
 */
@ApplicationScoped
public class FrameHandler {

    private final GatewayConfig.Socket config;
    private final Vertx vertx;
    private final Clock clock;
    private final HelloHandler hellos;
    private final MatchCommandSender match;
    private final GameFeeds feeds;
    private final PresenceTracker presence;
    private final GatewayTraces traces;
    private final EdgeRefusals refusals;
    private final ClientFrameDecoder decoder = new ClientFrameDecoder();

    public FrameHandler(
            GatewayConfig config,
            Vertx vertx,
            Clock clock,
            HelloHandler hellos,
            MatchCommandSender match,
            GameFeeds feeds,
            PresenceTracker presence,
            GatewayTraces traces,
            EdgeRefusals refusals) {
        this.config = config.socket();
        this.vertx = vertx;
        this.clock = clock;
        this.hellos = hellos;
        this.match = match;
        this.feeds = feeds;
        this.presence = presence;
        this.traces = traces;
        this.refusals = refusals;
    }

    void opened(Session session) {
        vertx.setTimer(config.helloTimeout().toMillis(), id -> {
            if (!session.greetingStarted()) {
                session.out().close(Protocol.CLOSE_UNAUTHENTICATED, "no hello within " + config.helloTimeout());
            }
        });
    }

    void received(Session session, String text) {
        try {
            // A char is at most 3 bytes of UTF-8, so most frames skip encoding just to measure: with the
            // guard's pass over the bytes, a frame still costs as many passes as before it.
            int max = config.maxFrameBytes();
            if (text.length() > max
                    || (text.length() * 3L > max && text.getBytes(StandardCharsets.UTF_8).length > max)) {
                throw new FrameException(ErrorCode.FRAME_TOO_LARGE, null, "frames are limited to " + max + " bytes");
            }
            if (!session.bucket().tryTake(System.nanoTime())) {
                throw new FrameException(
                        ErrorCode.RATE_LIMITED,
                        null,
                        "at most " + config.ratePerSecond() + " frames per second (bursts of " + config.rateBurst()
                                + ")");
            }
            dispatch(session, decoder.decode(text));
        } catch (FrameException e) {
            refuse(session, e);
        }
    }

    void binary(Session session, int bytes) {
        refuse(
                session,
                new FrameException(
                        ErrorCode.MALFORMED_FRAME,
                        null,
                        "a binary frame (" + bytes + " bytes): the protocol is JSON in text frames"));
    }

    /** A message the transport would not even buffer: explained, then closed as RFC 6455 says (1009). */
    void overTransportLimit(Session session) {
        session.finish(
                new ServerFrame.Error(
                        null,
                        ErrorCode.FRAME_TOO_LARGE.name(),
                        "frames are limited to " + config.maxFrameBytes()
                                + " bytes; this one was too big to even read, which ends the connection"),
                Protocol.CLOSE_TOO_BIG,
                "message too big");
    }

    /**
     * A text frame that is not UTF-8 (seen by {@link Utf8Guard} before Vert.x decodes it): explained, then
     * closed as RFC 6455 §8.1 says (1007). The frame never reached the decoder, so nothing reached match.
     */
    void notUtf8(Session session) {
        session.finish(
                new ServerFrame.Error(
                        null,
                        ErrorCode.MALFORMED_FRAME.name(),
                        "a text frame that is not UTF-8 (RFC 6455 requires it), which ends the connection"),
                Protocol.CLOSE_INVALID_DATA,
                "invalid UTF-8");
    }

    void closed(Session session) {
        session.out().disconnected();
        Identity who = session.identity();
        if (who != null) {
            feeds.leave(who.gameId(), session.connectionId());
            if (who.role() == Role.PLAYER) {
                presence.disconnected(who.gameId());
            }
        }
    }

    private void dispatch(Session session, ClientFrame frame) {
        switch (frame) {
            case ClientFrame.Hello hello -> hellos.hello(session, hello, this::refuse);
            case ClientFrame.Ping ping ->
                session.send(new ServerFrame.Pong(ping.id(), ping.clientTime(), clock.millis()));
            case ClientFrame.Buzz buzz -> command(session, frame);
            case ClientFrame.Answer answer -> command(session, frame);
            case ClientFrame.Start start -> command(session, frame);
            case ClientFrame.Next next -> command(session, frame);
            case ClientFrame.Skip skip -> command(session, frame);
            case ClientFrame.Kick kick -> command(session, frame);
            case ClientFrame.End end -> command(session, frame);
            case ClientFrame.Board board -> board(session, board);
        }
    }

    /** A page of the whole board: hosts only, answered from this instance's feed without a command. */
    private void board(Session session, ClientFrame.Board board) {
        Identity who = session.identity();
        if (who == null) {
            throw new FrameException(ErrorCode.HELLO_REQUIRED, board.id(), "send hello first");
        }
        if (who.role() != Role.HOST) {
            throw new FrameException(ErrorCode.FORBIDDEN, board.id(), "only the host may page the board");
        }
        GameFeed feed = feeds.feed(who.gameId());
        if (feed == null) {
            throw new FrameException(ErrorCode.UNAVAILABLE, board.id(), "the game is not served here yet");
        }
        session.send(feed.board(board.id(), board.offset(), board.limit()));
    }

    private void command(Session session, ClientFrame frame) {
        Identity who = session.identity();
        if (who == null) {
            throw new FrameException(ErrorCode.HELLO_REQUIRED, frame.id(), "send hello first");
        }
        Instant receivedAt = clock.instant();
        GameCommand command;
        try {
            Instant shownAt =
                    frame instanceof ClientFrame.Buzz buzz ? session.questionShownAt(buzz.questionId()) : null;
            command = CommandMapper.toCommand(
                    frame, who, receivedAt, session.roundTrip().millis(), shownAt);
        } catch (IllegalArgumentException e) {
            throw new FrameException(ErrorCode.INVALID_FRAME, frame.id(), e.getMessage());
        }
        Optional<Rejection> settled = settledRefusal(who, command);
        if (settled.isPresent()) {
            // Answered here with the engine's own rule, as match would: nothing reaches match, so no ack.
            Rejection reason = settled.get();
            refusals.refused(reason);
            session.send(new ServerFrame.Error(frame.id(), reason.name(), reason.description()));
            return;
        }
        String commandId = session.nextCommandId(frame.id(), session.acks(answeredByItsEvent(who, frame)));
        Span trace = traces.command(command.type().name(), who.gameId(), who.subject(), commandId);
        match.send(commandId, who.gameId(), receivedAt, command, trace)
                .subscribe()
                .with(
                        ok -> {
                            trace.end();
                            session.accepted(frame.id(), commandId);
                        },
                        failure -> {
                            trace.setStatus(StatusCode.ERROR, "not sent to match");
                            trace.end();
                            session.notSent(commandId);
                            try (var fields = LogFields.of(who.gameId(), who.subject(), trace.getSpanContext())) {
                                Log.warnf("command %s not sent to match: %s", commandId, failure.getMessage());
                            }
                            refuse(
                                    session,
                                    new FrameException(ErrorCode.UNAVAILABLE, frame.id(), "match is unavailable"));
                        });
    }

    /**
     * Whether the command's own event, when match takes it, reaches the connection that sent it: a buzz's
     * BUZZ_PRESSED always, an answer's ANSWER_SUBMITTED in a BUZZER round (public there; log-only in CLASSIC
     * ones, where its verdict would tell the key). Judged from the game as this instance folded it: an answer
     * to a question it has not shown yet is acked.
     */
    private boolean answeredByItsEvent(Identity who, ClientFrame frame) {
        return switch (frame) {
            case ClientFrame.Buzz buzz -> true;
            case ClientFrame.Answer answer -> {
                GameFeed feed = feeds.feed(who.gameId());
                QuestionInPlay question = feed == null ? null : feed.folded().question();
                yield question != null
                        && question.mode() == RoundMode.BUZZER
                        && question.questionId().equals(answer.questionId());
            }
            case ClientFrame.Hello hello -> false;
            case ClientFrame.Ping ping -> false;
            case ClientFrame.Start start -> false;
            case ClientFrame.Next next -> false;
            case ClientFrame.Skip skip -> false;
            case ClientFrame.Kick kick -> false;
            case ClientFrame.End end -> false;
            case ClientFrame.Board board -> false;
        };
    }

    /**
     * A refusal this instance can give from the game as it delivered it (see the engine's
     * {@code settledRefusal}): most of a crowd's buzzes arrive after the window they race for closed.
     */
    private Optional<Rejection> settledRefusal(Identity who, GameCommand command) {
        GameFeed feed = feeds.feed(who.gameId());
        return feed == null ? Optional.empty() : GameEngine.settledRefusal(feed.folded(), command);
    }

    void refuse(Session session, FrameException e) {
        session.send(new ServerFrame.Error(e.frameId(), e.code().name(), e.getMessage()));
        if (session.countError(config.maxErrors())) {
            session.out().close(Protocol.CLOSE_POLICY, "too many errors");
        }
    }
}
