package io.buzzline.match.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;

import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.ownership.LeaseStore;

/**
 * Keeps this instance's leases alive and picks up games nobody renews: every renew interval each owned
 * game's lease is extended (a lost one stops its actor at once); every scan interval the registry is
 * searched for expired leases, which any instance with capacity may take.
 */
@ApplicationScoped
public class LeaseKeeper {

    private static final int SCAN_BATCH = 64;

    private final Vertx vertx;
    private final LeaseStore leases;
    private final GameDirectory directory;
    private final MatchConfig.Match settings;
    private long renewTimer = -1;
    private long scanTimer = -1;

    public LeaseKeeper(Vertx vertx, LeaseStore leases, GameDirectory directory, MatchConfig config) {
        this.vertx = vertx;
        this.leases = leases;
        this.directory = directory;
        this.settings = config.match();
    }

    void start(@Observes StartupEvent event) {
        renewTimer = vertx.setPeriodic(settings.leaseRenewInterval().toMillis(), id -> renewAll());
        scanTimer = vertx.setPeriodic(settings.takeoverScanInterval().toMillis(), id -> scan());
        Log.infof(
                "match instance %s: lease TTL %s, renew every %s, takeover scan every %s",
                settings.instanceId(),
                settings.leaseTtl(),
                settings.leaseRenewInterval(),
                settings.takeoverScanInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(renewTimer);
        vertx.cancelTimer(scanTimer);
        // A clean stop hands the games over at once instead of after the TTL.
        for (GameActor actor : directory.owned()) {
            actor.stop("shutting down");
            leases.release(actor.lease()).await().indefinitely();
        }
    }

    // Every lease held, also of games still being rebuilt or catching up: a rebuild slower than the TTL
    // must not cost the lease.
    private void renewAll() {
        for (GameDirectory.HeldLease held : directory.held()) {
            leases.renew(held.lease(), held.cursor())
                    .subscribe()
                    .with(
                            renewed -> {
                                if (!renewed) {
                                    directory.lost(held.lease());
                                }
                            },
                            failure -> Log.warnf("renewing %s: %s", held.lease().gameId(), failure.getMessage()));
        }
    }

    private void scan() {
        if (!directory.hasCapacity()) {
            return;
        }
        leases.expired(SCAN_BATCH)
                .subscribe()
                .with(
                        ids -> ids.forEach(directory::takeOver),
                        failure -> Log.debugf("takeover scan: %s", failure.getMessage()));
    }
}
