package io.buzzline.lobby.game;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import io.buzzline.commands.StartGame;
import io.buzzline.lobby.config.LobbyConfig;
import io.buzzline.lobby.messaging.MatchCommands;

/**
 * Starts quick-play games, which have no host to do it, by {@link AutoStartRule}: every instance
 * looks for games whose countdown has run out, and the one that claims a game sends its
 * {@code START_GAME} (as the game's host). The command id is the same from every instance and every
 * retry, so match logs the start once even if a claimer dies after sending and another one resends.
 */
@ApplicationScoped
public class QuickPlayStarter {

    /** Games started per check; the rest wait for the next check. */
    private static final int BATCH = 50;

    private final AutoStartSchedule schedule;
    private final GameRegistry registry;
    private final MatchCommands commands;
    private final AutoStartRule rule;
    private final Clock clock;
    private final String instance = "lobby-" + UUID.randomUUID();

    public QuickPlayStarter(
            AutoStartSchedule schedule,
            GameRegistry registry,
            MatchCommands commands,
            LobbyConfig config,
            Clock clock) {
        this.schedule = schedule;
        this.registry = registry;
        this.commands = commands;
        this.rule = new AutoStartRule(
                config.quickPlay().minPlayers(), config.quickPlay().startDelay());
        this.clock = clock;
    }

    /** After a join: starts or keeps the game's countdown when the rule says so. */
    public void afterJoin(String gameId, int players, int maxPlayers) {
        try {
            rule.afterJoin(players, maxPlayers, clock.instant()).ifPresent(start -> schedule.arm(gameId, start));
        } catch (RuntimeException e) {
            // The player is in (match has the join): do not fail their request; the next join re-arms.
            Log.warnf("could not arm the start of quick-play game %s: %s", gameId, e.getMessage());
        }
    }

    @Scheduled(
            every = "${buzzline.quick-play.check-interval:PT1S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = UntilStarted.class)
    void check() {
        try {
            startDueGames();
        } catch (RuntimeException e) {
            // Redis or match briefly unreachable: the countdowns stay in Redis for the next check.
            Log.warnf("quick-play start check failed: %s", e.getMessage());
        }
    }

    /** Starts every game whose countdown has run out and that this instance claims; returns how many. */
    public int startDueGames() {
        int started = 0;
        for (String gameId : schedule.due(clock.instant(), BATCH)) {
            if (startIfDue(gameId)) {
                started++;
            }
        }
        return started;
    }

    private boolean startIfDue(String gameId) {
        Optional<LobbyGame> game = registry.find(gameId);
        if (game.isEmpty() || game.get().status() != GameStatus.OPEN) {
            schedule.disarm(gameId); // started by other means, ended, or gone
            return false;
        }
        if (!rule.mayStart(game.get().players())) {
            schedule.disarm(gameId); // players left; the next join that reaches the minimum re-arms it
            return false;
        }
        if (!schedule.questionsReady(gameId)) {
            return false; // match would refuse the start; check again next time
        }
        if (!schedule.claim(gameId, instance)) {
            return false;
        }
        commands.send(gameId + ":autostart", gameId, new StartGame(game.get().hostId()));
        schedule.disarm(gameId);
        Log.debugf(
                "started quick-play game %s with %d players", gameId, game.get().players());
        return true;
    }
}
