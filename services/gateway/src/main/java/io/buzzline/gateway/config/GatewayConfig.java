package io.buzzline.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed settings of the gateway service; every key lives under {@code buzzline.}. */
@ConfigMapping(prefix = "buzzline")
public interface GatewayConfig {

    /** Redis usage shared by every key and stream this service touches. */
    Redis redis();

    /** The region this instance serves; a game lives in its home region. */
    @WithDefault("local")
    String region();

    /** The player/host WebSocket. */
    Socket socket();

    /** The aggregate frames (ticks, standings, board pages) that stand for every player's own events. */
    Aggregates aggregates();

    /** This instance's share of each game's presence count. */
    Presence presence();

    /** The public REST APIs the gateway routes, so a browser needs one origin. */
    Routes routes();

    /** Redis settings. */
    interface Redis {

        /** Prefix of every Redis key and stream name; keeps environments and test runs apart. */
        @WithDefault("bz:")
        String keyPrefix();
    }

    /** Limits and timings of each WebSocket connection. */
    interface Socket {

        /** Largest client text frame accepted, in bytes; larger ones get a FRAME_TOO_LARGE error frame. */
        @WithDefault("4096")
        int maxFrameBytes();

        /** Token bucket per connection: frames a client may send in one burst. */
        @WithDefault("20")
        int rateBurst();

        /** Token bucket per connection: frames per second refilled. */
        @WithDefault("10")
        int ratePerSecond();

        /** Error frames a connection may earn before it is closed as abusive (policy violation). */
        @WithDefault("50")
        int maxErrors();

        /**
         * Standings in a player's or spectator's welcome view: the top N (their own is in {@code me});
         * hosts get all. Keeps a welcome's size, and the memory of thousands of welcomes sent at once,
         * independent of the game's size: a full board in every welcome of a 10,000-player game is
         * 10,000 × 10,000 standings.
         */
        @WithDefault("100")
        int welcomeStandings();

        /**
         * Writes text frames straight to the connection's Netty channel, the same frame bytes shared by every
         * connection a fan-out reaches, instead of through WebSockets Next (a UTF-8 encoding per connection,
         * a Uni and its context propagation per frame). false: every frame through WebSockets Next.
         */
        @WithDefault("true")
        boolean directWrites();

        /** Frames that may wait unsent on one connection; past it the client is closed with a resume hint. */
        @WithDefault("512")
        int outboundQueue();

        /** How often the server pings each connection to measure its round-trip time. */
        @WithDefault("2s")
        Duration pingInterval();

        /** How long a new connection may take to send its hello before it is closed. */
        @WithDefault("10s")
        Duration helloTimeout();

        /**
         * Longest life of a connection: the gateway closes it with a resume hint ({@code reconnect}, close
         * 4010) before the platform cuts it at its request timeout (Knative's {@code timeoutSeconds}).
         */
        @WithDefault("540s")
        Duration maxConnectionAge();

        /**
         * Each connection's age limit is shortened by a random share of this, so connections opened together
         * (a game starting) do not all resume at the same moment.
         */
        @WithDefault("60s")
        Duration connectionAgeSpread();

        /**
         * SO_SNDBUF of accepted connections, in bytes; unset: the kernel's autotuning (up to
         * {@code net.ipv4.tcp_wmem}'s maximum, 4 MiB by default). A bound keeps a stalled client's backlog in
         * the gateway's own queue, where it counts towards {@code outbound-queue}, not in kernel memory.
         */
        OptionalInt sendBufferBytes();

        /** On shutdown (SIGTERM): how long to wait for clients to leave after the resume hint went out. */
        @WithDefault("10s")
        Duration drainTimeout();
    }

    /** Ticks, standings and board pages: what a crowd sees instead of every player's events. */
    interface Aggregates {

        /** Hosts get a tick at most this often, when something changed; also how long standings wait for a reveal's points. */
        @WithDefault("250ms")
        Duration hostTickInterval();

        /** Players and spectators get a tick at most this often, when something changed. */
        @WithDefault("2s")
        Duration playerTickInterval();

        /** Ticks a player or spectator gets at most while one question is open, so a question's frames stay bounded. */
        @WithDefault("1")
        int playerTicksPerQuestion();

        /** Nicknames of the latest joins a tick carries. */
        @WithDefault("5")
        int latestJoined();

        /** Buzzes of the current opening a BUZZER tick carries, in arrival order. */
        @WithDefault("5")
        int firstBuzzes();

        /** Standings in the shared top of a {@code standings} frame. */
        @WithDefault("10")
        int standingsTop();

        /** Most standings a host's {@code board} page holds. */
        @WithDefault("100")
        int boardPageMax();
    }

    /** Upstreams of the REST edge: {@code /api/lobby/**}, {@code /api/content/**} and {@code /api/profile/**}. */
    interface Routes {

        /** Base URL of the lobby service. */
        @WithDefault("http://127.0.0.1:8081")
        String lobbyUrl();

        /** Base URL of the content service (all but its service-only operations are routed). */
        @WithDefault("http://127.0.0.1:8084")
        String contentUrl();

        /** Base URL of the profile service: accounts, profiles, wallets, inventory and the shop. */
        @WithDefault("http://127.0.0.1:8085")
        String profileUrl();

        /**
         * Sign-in attempts ({@code POST /api/profile/sessions}) one client address may make per minute through
         * this gateway, after a burst of as many: a guesser trying one password on many accounts meets this, one
         * trying many passwords on one account meets profile's per-account lockout first.
         */
        @WithDefault("10")
        int signInsPerMinute();

        /**
         * The proxies in front of this gateway (ingress, balancer, Knative's activator and queue-proxy), as
         * addresses or blocks such as {@code 10.0.0.0/8}: a request from one of them is keyed on the rightmost
         * {@code X-Forwarded-For} entry that is none of them. Absent (the default): the connection's peer is the
         * client, and {@code X-Forwarded-For} is ignored (anyone can send it).
         */
        Optional<List<String>> trustedProxies();

        /** How long an upstream may take to answer before the edge answers 504. */
        @WithDefault("5s")
        Duration timeout();
    }

    /** Presence: how many players of a game hold a connection, summed over gateway instances. */
    interface Presence {

        /** Unique per running instance: its field in each game's presence hash. */
        String instanceId();

        /** How often this instance rewrites its counts (and stamps them as fresh). */
        @WithDefault("10s")
        Duration refreshInterval();
    }
}
