package io.buzzline.gateway.aggregate;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.buzzline.engine.GameState;
import io.buzzline.engine.Player;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.GameEnded;
import io.buzzline.events.GameEvent;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.events.ScoreUpdated;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.fanout.Audience;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.protocol.ServerFrameEncoder;
import io.buzzline.gateway.view.Standings;

/**
 * The leaderboard after each reveal and at the game's end: the reveal's points arrive as a batch of
 * SCORE_UPDATED right after it; once the batch is complete (as many as the CLASSIC question had answers),
 * at the next event that is not a score, or after a short wait, the board is sorted once for the game
 * and sent: the top N as one shared text, each player's own line appended to it, the answer distribution
 * of the revealed question for hosts.
 */
final class ScoreBoard {

    private final int top;
    private final ServerFrameEncoder encoder;
    private final Map<String, Integer> lastPoints = new HashMap<>();
    private final Map<String, Integer> streaks = new HashMap<>();
    private Map<String, Integer> distribution = new LinkedHashMap<>();
    private boolean pending;
    private long pendingSince;
    private int expected = -1;
    private int counted;
    private String questionId;
    private Standings board;
    private Standings pageBoard;
    private ServerFrame.Standings latest;

    ScoreBoard(int top, ServerFrameEncoder encoder) {
        this.top = top;
        this.encoder = encoder;
    }

    /** Takes in one event, folded into {@code after} already. */
    void observe(GameEvent event, GameState after, long nowMillis) {
        if (event instanceof QuestionShown shown) {
            distribution = new LinkedHashMap<>();
            shown.choices().forEach(choice -> distribution.put(choice, 0));
        } else if (event instanceof AnswerSubmitted answer) {
            distribution.merge(answer.answer(), 1, Integer::sum);
        } else if (event instanceof AnswerRevealed revealed) {
            pending = true;
            pendingSince = nowMillis;
            questionId = revealed.questionId();
            counted = 0;
            lastPoints.clear();
            // A BUZZER question's answers and penalties do not map one to one onto a count here: it waits.
            expected = after.question() != null && after.question().mode() == RoundMode.CLASSIC
                    ? after.question().answered().size()
                    : -1;
        } else if (event instanceof GameEnded) {
            // The podium: the final board once more, right after the end, whatever was sent before.
            pending = true;
            pendingSince = nowMillis;
            expected = 0;
            counted = 0;
        } else if (event instanceof ScoreUpdated score) {
            lastPoints.merge(score.playerId(), score.points(), Integer::sum);
            // The engine's own count: one streak, the one the rules paid the bonus on.
            streaks.put(score.playerId(), score.streak());
            counted++;
        }
    }

    boolean pending() {
        return pending;
    }

    /** Whether the pending reveal's batch is known complete. */
    boolean complete() {
        return pending && expected >= 0 && counted >= expected;
    }

    boolean waitedSince(long nowMillis, long settleMillis) {
        return pending && nowMillis - pendingSince >= settleMillis;
    }

    /** Sorts the board once and sends it: hosts with the distribution, each player with its own line. */
    void send(GameState state, Audience audience) {
        pending = false;
        board = Standings.of(state);
        latest = new ServerFrame.Standings(
                state.sequence(),
                questionId,
                state.activePlayers(),
                state.question() == null ? 0 : state.question().answered().size(),
                board.top(top),
                null,
                null);
        String shared = encoder.encode(latest);
        String prefix = shared.substring(0, shared.length() - 1) + ",\"me\":";
        audience.toHosts(encoder.encode(forHost()));
        audience.toCrowd(
                playerId -> {
                    String own = own(playerId, state);
                    return own == null ? shared : prefix + own + "}";
                },
                shared);
    }

    /** The latest standings as {@code who} receives them; null before the first reveal. */
    ServerFrame.Standings standingsFor(Identity who, GameState state) {
        if (latest == null) {
            return null;
        }
        return switch (who.role()) {
            case HOST -> forHost();
            case SPECTATOR -> latest;
            case PLAYER -> withOwn(latest, ownOf(who.subject(), state));
        };
    }

    /**
     * The whole board as of {@code state}, for a host's pages: sorted again only when the game moved on
     * since the last sort (joins after a reveal appear at once, not at the next reveal).
     */
    Standings board(GameState state) {
        if (pageBoard == null || !pageBoard.belongTo(state)) {
            pageBoard = board != null && board.belongTo(state) ? board : Standings.of(state);
        }
        return pageBoard;
    }

    private ServerFrame.Standings forHost() {
        return new ServerFrame.Standings(
                latest.sequence(),
                latest.questionId(),
                latest.playerCount(),
                latest.answeredCount(),
                latest.top(),
                null,
                Collections.unmodifiableMap(new LinkedHashMap<>(distribution)));
    }

    private static ServerFrame.Standings withOwn(ServerFrame.Standings shared, ServerFrame.Own own) {
        return new ServerFrame.Standings(
                shared.sequence(),
                shared.questionId(),
                shared.playerCount(),
                shared.answeredCount(),
                shared.top(),
                own,
                null);
    }

    private ServerFrame.Own ownOf(String playerId, GameState state) {
        Integer rank = board.ranks().get(playerId);
        Player player = state.players().get(playerId);
        if (rank == null || player == null) {
            return null;
        }
        return new ServerFrame.Own(
                rank, player.total(), lastPoints.getOrDefault(playerId, 0), streaks.getOrDefault(playerId, 0));
    }

    /** A player's own line as JSON, built by hand: one short string per player, never a whole frame. */
    private String own(String playerId, GameState state) {
        ServerFrame.Own own = ownOf(playerId, state);
        if (own == null) {
            return null;
        }
        return "{\"rank\":" + own.rank() + ",\"total\":" + own.total() + ",\"points\":" + own.points() + ",\"streak\":"
                + own.streak() + "}";
    }
}
