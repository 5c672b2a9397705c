package io.buzzline.gateway.protocol;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.buzzline.gateway.view.GameView;
import io.buzzline.gateway.view.GameView.StandingView;

/** A frame the server sends. The set is closed: a {@code switch} over it needs no {@code default}. */
public sealed interface ServerFrame
        permits ServerFrame.Welcome,
                ServerFrame.Event,
                ServerFrame.Events,
                ServerFrame.Tick,
                ServerFrame.Standings,
                ServerFrame.Page,
                ServerFrame.Ack,
                ServerFrame.Pong,
                ServerFrame.Error,
                ServerFrame.Reconnect {

    /**
     * Answers hello: who the connection is and the game as of {@code view.sequence()}. Events follow from
     * {@code deliveredFrom} + 1 on: the hello's {@code lastSequence} when resuming, else the view's.
     * {@code tick} and {@code standings} (null before the first reveal) are the game's current aggregates,
     * as this role receives them, so a resumed client renders at once.
     */
    record Welcome(
            String id,
            int version,
            String role,
            String subject,
            long deliveredFrom,
            GameView view,
            Tick tick,
            Standings standings)
            implements ServerFrame {}

    /** One game event as this connection may see it, in the canonical event JSON. */
    record Event(long sequence, JsonNode event) implements ServerFrame {}

    /**
     * Protocol v3: the events of one append that this connection may see, when more than one, in sequence
     * order; {@code sequence} is the last one's. Each element is the canonical event JSON an {@link Event}
     * carries.
     */
    record Events(long sequence, List<JsonNode> events) implements ServerFrame {}

    /**
     * Coalesced counts of the game, not sequenced: players taking part, answers to the question in play
     * ({@code questionId}, null before the first), the latest few nicknames that joined and, in BUZZER
     * rounds, the first few buzzes of the current opening (null otherwise). Sent only when something
     * changed, at most once per interval of the role; one shared text per game.
     */
    record Tick(
            int playerCount,
            String questionId,
            int answeredCount,
            List<String> latestJoined,
            List<FirstBuzz> firstBuzzes)
            implements ServerFrame {}

    /** A buzz as the crowd sees it: who, and {@code afterMillis} from the question's opening to the compensated press. */
    record FirstBuzz(String nickname, long afterMillis) {}

    /**
     * The leaderboard after a reveal's points (sequence {@code sequence}, question {@code questionId}):
     * the {@code top} N shared by all; for a player its own result {@code me}; for hosts the revealed
     * question's answer {@code distribution} (answers per choice). Not sequenced.
     */
    record Standings(
            long sequence,
            String questionId,
            int playerCount,
            int answeredCount,
            List<StandingView> top,
            Own me,
            Map<String, Integer> distribution)
            implements ServerFrame {}

    /** A player's own standing: rank, total, the points of the last reveal and the current streak. */
    record Own(int rank, long total, int points, int streak) {}

    /** Answers a host's {@code board} frame: {@code standings} from {@code offset}, of {@code total}. */
    record Page(String id, long sequence, int offset, int total, List<StandingView> standings) implements ServerFrame {}

    /** The command of client message {@code id} reached match's command stream as {@code commandId}. */
    record Ack(String id, String commandId) implements ServerFrame {}

    /**
     * Answers ping with the echoed client time and the server time. Not the connection's measured RTT:
     * that is the buzz credit, and a client that saw it could tune how long it holds its pongs back.
     */
    record Pong(String id, Long clientTime, long serverTime) implements ServerFrame {}

    /** Something the client sent was refused; {@code id} names its message when known. */
    record Error(String id, String code, String message) implements ServerFrame {}

    /**
     * The server is about to close this connection (close code 4010) for {@code reason} ({@code MAX_AGE} or
     * {@code DRAINING}): resume at once on any instance. {@code lastSequence} is the last event sent before
     * this frame (or the welcome's {@code deliveredFrom}); null before the welcome.
     */
    record Reconnect(ReconnectReason reason, Long lastSequence) implements ServerFrame {}
}
