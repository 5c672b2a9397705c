package io.buzzline.gateway.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import io.buzzline.gateway.support.Tokens;
import io.buzzline.gateway.support.WsClient;

/**
 * The connections tries are sent on, per role and game, paced under the gateway's documented limits: a
 * token bucket per connection (20 burst, 10/s: here 10 and 5/s, a hello included) and the close after
 * 50 error frames (a connection is left after 40, engine refusals count too). Connections that never
 * said hello are left before the 10 s hello timeout.
 */
final class FrameConnections {

    /** Who a try is sent as; NONE is a connection that has not said hello. */
    enum Role {
        PLAYER,
        HOST,
        SPECTATOR,
        NONE
    }

    private static final int PER_ROLE = 4;
    private static final double BURST = 10;
    private static final double PER_SECOND = 5;
    private static final int MOST_ERRORS = 40;
    private static final long HELLO_DEADLINE_NANOS = 7_000_000_000L;

    /** One connection with the client's mirror of its token bucket. */
    static final class Conn {
        final WsClient client;
        final Role role;
        final String gameId;
        final long openedAt = System.nanoTime();
        private double tokens = BURST;
        private long refilledAt = openedAt;
        boolean left;

        Conn(WsClient client, Role role, String gameId) {
            this.client = client;
            this.role = role;
            this.gameId = gameId;
        }

        /** Takes a frame's worth from the bucket; false when it would exceed the pace. */
        boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(BURST, tokens + (now - refilledAt) / 1e9 * PER_SECOND);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        boolean usable() {
            return !left
                    && client.closeCode() == null
                    && client.frames("error").size() < MOST_ERRORS
                    && (role != Role.NONE || System.nanoTime() - openedAt < HELLO_DEADLINE_NANOS);
        }
    }

    private final Supplier<WsClient> connector;
    private final List<String> gameIds;
    private final Random random;
    private final List<Conn> all = new ArrayList<>();

    FrameConnections(Supplier<WsClient> connector, List<String> gameIds, Random random) {
        this.connector = connector;
        this.gameIds = gameIds;
        this.random = random;
    }

    List<Conn> all() {
        return List.copyOf(all);
    }

    /** A connection of {@code role} with room in its bucket, opening (and greeting) one if needed. */
    Conn pick(Role role) {
        while (true) {
            List<Conn> usable =
                    all.stream().filter(c -> c.role == role && c.usable()).toList();
            for (Conn conn : usable) {
                if (conn.take()) {
                    return conn;
                }
            }
            if (usable.size() < PER_ROLE) {
                Conn fresh = open(role);
                if (role != Role.NONE) {
                    fresh.take(); // the hello
                    fresh.client.send(WsClient.hello(token(role, fresh.gameId), null));
                    fresh.client.awaitType("welcome");
                }
                all.add(fresh);
                continue;
            }
            LockSupport.parkNanos(20_000_000); // pacing, not waiting for an outcome
        }
    }

    /** A new connection for a hello try as {@code role} (a NONE try says hello as a player). */
    Conn open(Role role) {
        Conn conn = new Conn(connector.get(), role, gameIds.get(random.nextInt(gameIds.size())));
        return conn;
    }

    /** A connection a try greeted becomes one of its role's. */
    void greeted(Conn conn, Role role) {
        all.add(new Conn(conn.client, role, conn.gameId));
    }

    /** Keeps a connection's frames for the final checks without using it again. */
    void leave(Conn conn) {
        conn.left = true;
        if (!all.contains(conn)) {
            all.add(conn);
        }
    }

    String token(Role role, String gameId) {
        return switch (role) {
            case HOST -> Tokens.host(gameId, "h1");
            case SPECTATOR -> Tokens.token(gameId, "s1", "spectator", "Watcher");
            case PLAYER, NONE -> Tokens.player(gameId, "p" + (1 + random.nextInt(3)), "Nick");
        };
    }
}
