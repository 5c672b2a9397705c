package io.buzzline.gateway.ws;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import io.buzzline.engine.GameState;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.auth.TokenVerifier;
import io.buzzline.gateway.config.GatewayConfig;
import io.buzzline.gateway.fanout.GameFeed;
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
import io.buzzline.gateway.view.GameView;
import io.buzzline.gateway.view.ViewProjector;

/**
 * Greets a connection: verifies the token, opens the game's feed (subscribed before it reads the log,
 * so nothing is missed), attaches the connection at the feed's position (its state is the welcome view),
 * then starts delivery after the hello's {@code lastSequence} (resume: the log up to that position,
 * filtered by role, then what the feed routes) or after the view (fresh start).
 */
@ApplicationScoped
// Created at start-up, not at the first hello: its resume counters are on /q/metrics (at zero) before any
// resume, so dashboards, alerts and the metric-name test see them on an idle gateway.
@Startup
public class HelloHandler {

    /** How a hello with a {@code lastSequence} ended: the resume SLO's numerator and denominator. */
    enum ResumeOutcome {
        /** Welcomed and delivered from its {@code lastSequence}. */
        RESUMED,
        /** Its {@code lastSequence} is beyond the game's log: delivered from the current view instead. */
        BEYOND_LOG,
        /** The token was refused. */
        INVALID_TOKEN,
        /** The game's log could not be read: closed 1011, the client retries. */
        LOG_UNAVAILABLE
    }

    private final Map<ResumeOutcome, Counter> resumes = new EnumMap<>(ResumeOutcome.class);

    private final TokenVerifier tokens;
    private final GameFeeds feeds;
    private final EventLogReader log;
    private final PresenceTracker presence;
    private final ServerFrameEncoder encoder = new ServerFrameEncoder();
    private final int outboundQueue;
    private final int welcomeStandings;

    public HelloHandler(
            TokenVerifier tokens,
            GameFeeds feeds,
            EventLogReader log,
            PresenceTracker presence,
            GatewayConfig config,
            MeterRegistry metrics) {
        for (ResumeOutcome outcome : ResumeOutcome.values()) {
            resumes.put(
                    outcome,
                    Counter.builder("buzzline.gateway.resumes")
                            .description("hellos with a lastSequence, by how they ended")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(metrics));
        }
        this.tokens = tokens;
        this.outboundQueue = config.socket().outboundQueue();
        this.welcomeStandings = config.socket().welcomeStandings();
        this.feeds = feeds;
        this.log = log;
        this.presence = presence;
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
                    resumeEnded(hello, ResumeOutcome.INVALID_TOKEN);
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
            resumeEnded(hello, ResumeOutcome.INVALID_TOKEN);
            rejectToken(session, hello, refuse);
            return;
        }
        Identity who = found.get();
        Delivery delivery = new Delivery(
                who.gameId(),
                log,
                session.out(),
                outboundQueue,
                event -> ViewProjector.visible(event.envelope(), who),
                session::questionWritten);
        session.greeted(who, hello.version(), delivery);
        if (who.role() == Role.PLAYER) {
            presence.connected(who.gameId());
        }
        feeds.open(who.gameId(), session.connectionId())
                .flatMap(feed -> beyond(feed, hello.lastSequence()).replaceWith(feed))
                .flatMap(feed -> catchUp(feed, session, hello.lastSequence(), delivery.pageSize()))
                // Projecting and encoding a welcome is linear in the players: keep it off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .subscribe()
                .with(
                        caught -> {
                            if (caught != null) {
                                welcome(session, hello, who, delivery, caught);
                            }
                        },
                        failure -> {
                            Log.warnf("game %s: cannot greet: %s", who.gameId(), failure.getMessage());
                            resumeEnded(hello, ResumeOutcome.LOG_UNAVAILABLE);
                            session.out().close((short) 1011, "game log unavailable; retry");
                        });
        Sessions.ping(session);
    }

    /**
     * A client may have seen more elsewhere than this instance's feed has folded yet: the feed reads on
     * to there first, so the welcome is never older than what the client has.
     */
    private Uni<Void> beyond(GameFeed feed, Long lastSequence) {
        long position = feed.position();
        if (lastSequence == null || lastSequence <= position) {
            return Uni.createFrom().voidItem();
        }
        return log.readAfter(feed.gameId(), position).invoke(feed::offerAll).replaceWithVoid();
    }

    /**
     * Attaches the connection to its game's feed and reads the first page of what a resuming client
     * missed before the feed's position; the delivery reads on at the pace the client reads. Null if the
     * client left meanwhile.
     */
    private Uni<CaughtUp> catchUp(GameFeed feed, Session session, Long lastSequence, int page) {
        GameFeed.Attached attached = feed.attach(session);
        if (attached == null) {
            return Uni.createFrom().nullItem();
        }
        CaughtUp none = new CaughtUp(feed, attached, List.of());
        if (lastSequence == null || lastSequence >= attached.state().sequence()) {
            return Uni.createFrom().item(none);
        }
        return log.readPage(feed.gameId(), lastSequence, page).map(events -> new CaughtUp(feed, attached, events));
    }

    private void welcome(Session session, ClientFrame.Hello hello, Identity who, Delivery delivery, CaughtUp caught) {
        GameState state = caught.attached().state();
        GameView view = ViewProjector.view(state, who, caught.feed().standings(state), welcomeStandings);
        long after = state.sequence();
        if (hello.lastSequence() != null) {
            resumeEnded(
                    hello, hello.lastSequence() > state.sequence() ? ResumeOutcome.BEYOND_LOG : ResumeOutcome.RESUMED);
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
        String welcome = encoder.encode(new ServerFrame.Welcome(
                hello.id(),
                hello.version(),
                who.role().group(),
                who.subject(),
                after,
                view,
                caught.attached().tick(),
                caught.attached().standings()));
        long from = after;
        delivery.start(
                welcome,
                after,
                state.sequence(),
                caught.missed().stream().filter(e -> e.sequence() > from).toList());
    }

    private void resumeEnded(ClientFrame.Hello hello, ResumeOutcome outcome) {
        if (hello.lastSequence() != null) {
            resumes.get(outcome).increment();
        }
    }

    /** Where a connection attached to its game's feed and the logged events it missed before that. */
    private record CaughtUp(GameFeed feed, GameFeed.Attached attached, List<LoggedEvent> missed) {}

    private static void rejectToken(
            Session session, ClientFrame.Hello hello, BiConsumer<Session, FrameException> refuse) {
        refuse.accept(
                session,
                new FrameException(
                        ErrorCode.INVALID_TOKEN, hello.id(), "the token is invalid, expired or not for this service"));
        session.out().close(Protocol.CLOSE_UNAUTHENTICATED, "invalid token");
    }
}
