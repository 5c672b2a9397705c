package io.buzzline.match.redis;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.redis.client.Redis;

import io.buzzline.redis.streams.redis.PipelinedConnection;

/**
 * Long-lived pipelined connections for the two hot paths. The pooled client holds a connection for one
 * command at a time, so concurrent appends queue for a connection and pay a round trip each; pipelined,
 * they share one connection and Redis answers them back to back. Leases get a connection of their own
 * so a backlog of appends never delays a renewal past the lease TTL.
 */
@ApplicationScoped
public class RedisPipelines {

    private final PipelinedConnection appends;
    private final PipelinedConnection leases;

    public RedisPipelines(Redis redis) {
        this.appends = new PipelinedConnection(redis);
        this.leases = new PipelinedConnection(redis);
    }

    /** Appends to game logs (and snapshots). */
    public PipelinedConnection appends() {
        return appends;
    }

    /** Lease acquisition, renewal, release and the registry. */
    public PipelinedConnection leases() {
        return leases;
    }

    @PreDestroy
    void close() {
        appends.close();
        leases.close();
    }
}
