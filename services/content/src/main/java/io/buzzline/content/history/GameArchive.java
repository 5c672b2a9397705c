package io.buzzline.content.history;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import io.buzzline.content.question.Page;
import io.buzzline.content.repository.HistoryRepository;
import io.buzzline.events.EventEnvelope;

/**
 * The archive of finished games: idempotent by game id (a game archived twice is stored once), and
 * queryable by game and by player. Fed with a game's whole log once its GAME_ENDED is seen.
 */
@ApplicationScoped
public class GameArchive {

    private final HistoryRepository repository;
    private final GameSummarizer summarizer = new GameSummarizer();

    public GameArchive(HistoryRepository repository) {
        this.repository = repository;
    }

    public ArchiveOutcome archive(List<EventEnvelope> log) {
        GameRecord record = summarizer.summarize(log);
        ArchiveOutcome outcome = repository.store(record, log);
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
        return repository.gamesOf(playerId, limit, cursor);
    }
}
