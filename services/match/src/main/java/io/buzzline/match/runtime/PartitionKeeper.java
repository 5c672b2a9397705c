package io.buzzline.match.runtime;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;

import io.buzzline.match.config.MatchConfig;
import io.buzzline.match.ownership.Membership;
import io.buzzline.match.ownership.PartitionAssignment;
import io.buzzline.match.ownership.Rendezvous;

/**
 * Keeps this instance's share of the command stream's partitions: with every lease renewal it refreshes
 * its membership, recomputes its share from the live members ({@link Rendezvous}) and hands back the games
 * of partitions it no longer reads, so their new reader takes them over (at their next command, or by the
 * takeover scan) and catches up from the stream.
 */
@ApplicationScoped
public class PartitionKeeper {

    private final Vertx vertx;
    private final Membership membership;
    private final PartitionAssignment assignment;
    private final GameDirectory directory;
    private final MatchConfig.Match settings;
    private long timer = -1;

    public PartitionKeeper(
            Vertx vertx,
            Membership membership,
            PartitionAssignment assignment,
            GameDirectory directory,
            MatchConfig config) {
        this.vertx = vertx;
        this.membership = membership;
        this.assignment = assignment;
        this.directory = directory;
        this.settings = config.match();
    }

    void start(@Observes StartupEvent event) {
        refresh();
        timer = vertx.setPeriodic(settings.leaseRenewInterval().toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
        assignment.replace(Set.of());
        membership.leave().await().indefinitely();
    }

    private void refresh() {
        membership
                .refresh()
                .subscribe()
                .with(
                        members -> {
                            Set<Integer> next = Rendezvous.assigned(settings.instanceId(), members, assignment.count());
                            Set<Integer> before = assignment.assigned();
                            Set<Integer> lost = assignment.replace(next);
                            if (!next.equals(before)) {
                                Log.infof(
                                        "match instance %s reads partitions %s of %d (%d live instances)",
                                        settings.instanceId(), next, assignment.count(), members.size());
                            }
                            lost.forEach(directory::handBack);
                        },
                        failure -> Log.warnf("membership refresh: %s", failure.getMessage()));
    }
}
