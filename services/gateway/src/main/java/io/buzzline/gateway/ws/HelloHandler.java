package io.buzzline.gateway.ws;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import io.buzzline.engine.GameState;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.auth.TokenVerifier;
import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.fanout.GameFeeds;
import io.buzzline.gateway.presence.PresenceTracker;
import io.buzzline.gateway.protocol.ClientFrame;
import io.buzzline.gateway.protocol.ErrorCode;
import io.buzzline.gateway.protocol.FrameException;
import io.buzzline.gateway.protocol.Protocol;
import io.buzzline.gateway.protocol.ServerFrame;
import io.buzzline.gateway.protocol.ServerFrameEncoder;
import io.buzzline.gateway.resume.Delivery;
import io.buzzline.gateway.resume.EventLogReader;
import io.buzzline.gateway.resume.LoggedEvent;
import io.buzzline.gateway.view.FoldedGames;
import io.buzzline.gateway.view.GameView;
import io.buzzline.gateway.view.ViewProjector;

/**
 * Greets a connection: verifies the token, joins the game's live feed first (so nothing published from
 * then on is missed), reads and folds the log into the welcome view, then starts delivery after the
 * hello's {@code lastSequence} (resume) or after the view (fresh start).
 */
@ApplicationScoped
public class HelloHandler {

    private final TokenVerifier tokens;
    private final GameFeeds feeds;
    private final EventLogReader log;
    private final PresenceTracker presence;
    private final FoldedGames folded;
    private final ServerFrameEncoder encoder = new ServerFrameEncoder();
    private final int outboundQueue;
    private final int welcomeStandings;

    public HelloHandler(
            TokenVerifier tokens,
            GameFeeds feeds,
            EventLogReader log,
            PresenceTracker presence,
            FoldedGames folded,
            GatewayConfig config) {
        this.tokens = tokens;
        this.outboundQueue = config.socket().outboundQueue();
        this.welcomeStandings = config.socket().welcomeStandings();
        this.feeds = feeds;
        this.log = log;
        this.presence = presence;
        this.folded = folded;
    }

    void hello(Session session, ClientFrame.Hello hello, BiConsumer<Session, FrameException> refuse) {
        if (!session.beginHello()) {
            throw new FrameException(ErrorCode.ALREADY_GREETED, hello.id(), "this connection already sent its hello");
        }
        // Signature checks cost CPU and the key may be read from disk on first use: off the event loop.
        Uni.createFrom()
                .item(() -> tokens.verify(hello.token()))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .subscribe()
                .with(found -> verified(session, hello, found, refuse), failure -> {
                    Log.warnf("token verification failed: %s", failure.getMessage());
                    rejectToken(session, hello, refuse);
                });
    }

    private void verified(
            Session session,
            ClientFrame.Hello hello,
            Optional<Identity> found,
            BiConsumer<Session, FrameException> refuse) {
        if (session.out().isClosed()) {
            // The client left while its token was being checked: nothing to join or count.
            return;
        }
        if (found.isEmpty()) {
            rejectToken(session, hello, refuse);
            return;
        }
        Identity who = found.get();
        Delivery delivery = new Delivery(
                who.gameId(), log, session.out(), outboundQueue, event -> ViewProjector.visible(event.envelope(), who));
        session.greeted(who, delivery);
        if (who.role() == Role.PLAYER) {
            presence.connected(who.gameId());
        }
        feeds.join(who.gameId(), session.connectionId(), session)
                .flatMap(ignored -> folded.current(who.gameId()))
                .flatMap(state -> catchUp(who.gameId(), state, hello.lastSequence(), delivery.pageSize()))
                // Projecting and encoding a welcome is linear in the players: keep it off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .subscribe()
                .with(caught -> welcome(session, hello, who, delivery, caught), failure -> {
                    Log.warnf("game %s: cannot greet: %s", who.gameId(), failure.getMessage());
                    session.out().close((short) 1011, "game log unavailable; retry");
                });
        Sessions.ping(session);
    }

    /** The state to show and the logged events a resuming connection missed after {@code lastSequence}. */
    private Uni<CaughtUp> catchUp(String gameId, GameState state, Long lastSequence, int page) {
        if (lastSequence == null || lastSequence == state.sequence()) {
            return Uni.createFrom().item(new CaughtUp(state, List.of()));
        }
        if (lastSequence < state.sequence()) {
            // The first page; the delivery reads on at the pace the client reads.
            return log.readPage(gameId, lastSequence, page).map(events -> new CaughtUp(state, events));
        }
        // A shared read may predate what this client saw elsewhere: read on before calling it invalid.
        return log.readAfter(gameId, state.sequence())
                .map(events -> new CaughtUp(folded.fold(state, FoldedGames.envelopes(events)), List.of()));
    }

    private void welcome(Session session, ClientFrame.Hello hello, Identity who, Delivery delivery, CaughtUp caught) {
        GameState state = caught.state();
        GameView view = ViewProjector.view(state, who, folded.standings(state), welcomeStandings);
        long after = state.sequence();
        if (hello.lastSequence() != null) {
            if (hello.lastSequence() > state.sequence()) {
                session.send(new ServerFrame.Error(
                        hello.id(),
                        ErrorCode.INVALID_RESUME.name(),
                        "lastSequence " + hello.lastSequence() + " is beyond the game's log (" + state.sequence()
                                + "); delivering from the current view"));
            } else {
                after = hello.lastSequence();
            }
        }
        String welcome = encoder.encode(
                new ServerFrame.Welcome(hello.id(), Protocol.VERSION, who.role().group(), who.subject(), after, view));
        long from = after;
        delivery.start(
                welcome,
                after,
                caught.missed().stream().filter(e -> e.sequence() > from).toList());
    }

    /** A game state and the logged events after a resuming client's last sequence. */
    private record CaughtUp(GameState state, List<LoggedEvent> missed) {}

    private static void rejectToken(
            Session session, ClientFrame.Hello hello, BiConsumer<Session, FrameException> refuse) {
        refuse.accept(
                session,
                new FrameException(
                        ErrorCode.INVALID_TOKEN, hello.id(), "the token is invalid, expired or not for this service"));
        session.out().close(Protocol.CLOSE_UNAUTHENTICATED, "invalid token");
    }
}
