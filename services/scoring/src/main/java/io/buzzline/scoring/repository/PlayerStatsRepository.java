package io.buzzline.scoring.repository;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Players' long-term statistics, by player id. */
@ApplicationScoped
public class PlayerStatsRepository implements PanacheRepositoryBase<PlayerStatsEntity, String> {

    /** The stats of these players that exist. */
    public Uni<List<PlayerStatsEntity>> of(Collection<String> playerIds) {
        return list("playerId in ?1", playerIds);
    }
}
