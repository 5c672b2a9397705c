package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.List;

import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameCreated;
import io.buzzline.events.GameEnded;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.QuestionsLoaded;
import io.buzzline.events.RoundEnded;
import io.buzzline.events.RoundStarted;
import io.buzzline.events.ScoreUpdated;

/**
 * A bot host: starts the game {@code startDelay} after it saw the game created and {@code minPlayers}
 * joined (counted by the welcome and ticks), and moves on {@code pause} after each reveal. It never sees
 * the pack being loaded (no client does: it holds the keys), so a start refused while match still
 * fetches the pack ({@code QUESTIONS_NOT_LOADED}) is simply tried again.
 */
public final class HostBrain implements Brain {

    private static final Duration RETRY_AFTER = Duration.ofMillis(500);

    private final int minPlayers;
    private final Duration startDelay;
    private final Duration pause;

    private int players;
    private boolean created;
    private boolean started;
    private boolean startPlanned;
    private boolean awaitingNext;
    private boolean ended;

    public HostBrain(int minPlayers, Duration startDelay, Duration pause) {
        this.minPlayers = minPlayers;
        this.startDelay = startDelay;
        this.pause = pause;
    }

    @Override
    public List<Planned> onEvent(EventEnvelope envelope) {
        switch (envelope.event()) {
            // A host receives no player's own events (protocol v2): their count arrives in ticks.
            case PlayerJoined joined -> {}
            case PlayerLeft left -> {}
            case RoundStarted round -> started = true;
            case QuestionShown shown -> {
                started = true;
                awaitingNext = false;
            }
            case AnswerRevealed revealed -> {
                awaitingNext = true;
                return List.of(new Planned(new ClientFrame.Next(), pause));
            }
            case GameEnded gameEnded -> {
                ended = true;
                awaitingNext = false;
            }
            case GameCreated game -> created = true;
            // Log-only: no client receives the pack (it holds the keys); listed so the switch stays total.
            case QuestionsLoaded loaded -> {}
            case BuzzPressed pressed -> {}
            case AnswerSubmitted submitted -> {}
            case ScoreUpdated score -> {}
            case RoundEnded roundEnded -> {}
            case BuzzerAwarded awarded -> {}
            case BuzzerReopened reopened -> {}
        }
        return maybeStart();
    }

    @Override
    public List<Planned> onPlayers(int playerCount) {
        players = playerCount;
        return maybeStart();
    }

    @Override
    public boolean wants(ClientFrame frame) {
        return switch (frame) {
            case ClientFrame.Start start -> !started && !ended && created && players >= minPlayers;
            case ClientFrame.Next next -> awaitingNext && !ended;
            case ClientFrame.Hello hello -> false;
            case ClientFrame.Buzz buzz -> false;
            case ClientFrame.Answer answer -> false;
            case ClientFrame.Ping ping -> false;
        };
    }

    @Override
    public List<Planned> onRefused(ClientFrame frame, String code) {
        // UNAVAILABLE: match's stream did not take it; anything else (e.g. NO_PLAYERS after a leave) is
        // worth one more try later, as long as the host still wants it.
        return wants(frame) ? List.of(new Planned(frame, RETRY_AFTER)) : List.of();
    }

    @Override
    public boolean finished() {
        return ended;
    }

    private List<Planned> maybeStart() {
        if (startPlanned || started || ended || !created || players < minPlayers) {
            return List.of();
        }
        startPlanned = true;
        return List.of(new Planned(new ClientFrame.Start(), startDelay));
    }
}
