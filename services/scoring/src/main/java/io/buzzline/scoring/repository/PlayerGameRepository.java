package io.buzzline.scoring.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Players' results per game: a game's results and a player's history. */
@ApplicationScoped
public class PlayerGameRepository implements PanacheRepositoryBase<PlayerGameEntity, String> {

    /** A game's results, best first. */
    public Uni<List<PlayerGameEntity>> results(String gameId) {
        return find("gameId", Sort.by("finalRank").and("playerId"), gameId).list();
    }

    /** Up to {@code limit} of a player's games from the {@code offset}th, most recent first. */
    public Uni<List<PlayerGameEntity>> history(String playerId, int offset, int limit) {
        return find("playerId", Sort.by("endedAt", Sort.Direction.Descending).and("gameId"), playerId)
                .range(offset, offset + limit - 1)
                .list();
    }

    /** How many games a player has finished. */
    public Uni<Long> historySize(String playerId) {
        return count("playerId", playerId);
    }
}
