package io.buzzline.gateway.aggregate;

import java.time.Clock;
import java.util.List;

import io.buzzline.engine.GameState;
import io.buzzline.events.EventType;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.fanout.Audience;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.protocol.ServerFrameEncoder;
import io.buzzline.gateway.resume.LoggedEvent;
import io.buzzline.gateway.view.GameView.StandingView;

/**
 * One game's aggregates on this instance, fed every event in order by its feed: coalesced ticks (one
 * shared text per game and interval, to hosts and to the crowd at their own pace, only when something
 * changed) and the standings after each reveal (sorted once per reveal for the game). Not thread-safe:
 * the feed holds the lock.
 */
public final class GameAggregates {

    private final TickState ticks;
    private final ScoreBoard scores;
    private final ServerFrameEncoder encoder;
    private final Clock clock;
    private final GatewayConfig.Aggregates config;
    private long lastCrowdTick = Long.MIN_VALUE / 2;

    GameAggregates(
            TickState ticks,
            ScoreBoard scores,
            ServerFrameEncoder encoder,
            Clock clock,
            GatewayConfig.Aggregates config) {
        this.ticks = ticks;
        this.scores = scores;
        this.encoder = encoder;
        this.clock = clock;
        this.config = config;
    }

    /** Before {@code event} is folded: a reveal's batch of points ends at the first event that is not a score. */
    public void before(LoggedEvent event, GameState state, Audience audience) {
        if (scores.pending() && event.envelope().type() != EventType.SCORE_UPDATED) {
            standings(state, audience);
        }
    }

    /** After {@code event} was folded into {@code state}. */
    public void after(LoggedEvent event, GameState state) {
        ticks.observe(event.envelope().event(), state);
        scores.observe(event.envelope().event(), state, clock.millis());
    }

    /** After {@code event} was routed: standings go out once the reveal's batch is known complete. */
    public void settled(GameState state, Audience audience) {
        if (scores.complete()) {
            standings(state, audience);
        }
    }

    /**
     * After a whole append was routed: a reveal's points are in the same append as the reveal (the engine
     * decides them together), so its standings are complete and go out now.
     */
    public void appended(GameState state, Audience audience) {
        if (scores.pending()) {
            standings(state, audience);
        }
    }

    /** The periodic step: standings that waited long enough for points, then the ticks due. */
    public void due(GameState state, Audience audience) {
        long now = clock.millis();
        if (scores.waitedSince(now, config.hostTickInterval().toMillis())) {
            standings(state, audience);
        }
        String frame = null;
        if (ticks.hostDirty) {
            frame = encoder.encode(ticks.tick(state));
            audience.toHosts(frame);
            ticks.hostDirty = false;
        }
        // Standings about to go out carry the counts: a crowd tick before them would only repeat them.
        boolean crowdDue = !scores.pending()
                && now - lastCrowdTick >= config.playerTickInterval().toMillis()
                && (!ticks.questionOpen || ticks.crowdTicksThisQuestion < config.playerTicksPerQuestion());
        if (ticks.crowdDirty && crowdDue) {
            audience.toCrowd(frame == null ? encoder.encode(ticks.tick(state)) : frame);
            ticks.crowdDirty = false;
            lastCrowdTick = now;
            if (ticks.questionOpen) {
                ticks.crowdTicksThisQuestion++;
            }
        }
    }

    /** The current tick, for a welcome. */
    public ServerFrame.Tick tick(GameState state) {
        return ticks.tick(state);
    }

    /** The latest standings as {@code who} receives them, for a welcome; null before the first reveal. */
    public ServerFrame.Standings standings(Identity who, GameState state) {
        return scores.standingsFor(who, state);
    }

    /** A page of the whole board, for a host's {@code board} frame. */
    public ServerFrame.Page board(String id, int offset, int limit, GameState state) {
        var board = scores.board(state);
        List<StandingView> all = board.board();
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + Math.min(limit, config.boardPageMax()));
        return new ServerFrame.Page(id, board.sequence(), from, all.size(), List.copyOf(all.subList(from, to)));
    }

    private void standings(GameState state, Audience audience) {
        scores.send(state, audience);
        // The standings carry the counts and close the question's budget of crowd ticks: a crowd tick
        // right after would repeat them.
        ticks.crowdDirty = false;
        ticks.questionOpen = false;
    }
}
