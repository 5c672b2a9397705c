package io.buzzline.content.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import io.buzzline.content.history.store.HistoryRepository;
import io.buzzline.content.history.store.PlayerGamesIndex;
import io.buzzline.content.question.Page;
import io.buzzline.events.EventEnvelope;

/**
 * The archive of finished games: idempotent by game id (a game archived twice is stored once), and
 * queryable by game and by player. Fed with a game's whole log once its GAME_ENDED is seen.
 */
@ApplicationScoped
public class GameArchive {

    private final HistoryRepository repository;
    private final PlayerGamesIndex players;
    private final GameSummarizer summarizer = new GameSummarizer();

    public GameArchive(HistoryRepository repository, PlayerGamesIndex players) {
        this.repository = repository;
        this.players = players;
    }

    /**
     * Stores the game once and, in the same atomic write, adds its plays to the statistics of the
     * questions it asked; indexes it for each player.
     */
    public ArchiveOutcome archive(List<EventEnvelope> log) {
        GameRecord record = summarizer.summarize(log);
        ArchiveOutcome outcome = repository.store(record, log, GamePlay.of(log));
        if (outcome instanceof ArchiveOutcome.AlreadyArchived) {
            Log.infof("history: game %s was already archived; nothing stored twice", record.gameId());
        }
        return outcome;
    }

    public GameRecord game(String gameId) {
        return repository.find(gameId).orElseThrow(() -> new GameNotArchivedException(gameId));
    }

    /** The game's events, as the canon's JSON, in sequence order. */
    public List<String> events(String gameId) {
        game(gameId);
        return repository.events(gameId);
    }

    /** A player's finished games, most recent first. */
    public Page<GameRecord> gamesOf(String playerId, int limit, Optional<String> cursor) {
        return players.gamesOf(playerId, limit, cursor);
    }

    /** A player's games that ended in [from, to), oldest first: what quest progress is computed from. */
    public List<PlayedGame> playedBetween(String playerId, Instant from, Instant to) {
        return players.playedBetween(playerId, from, to);
    }
}
