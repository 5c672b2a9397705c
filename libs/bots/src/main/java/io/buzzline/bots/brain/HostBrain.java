package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.ArrayList;
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
 * joined (counted by the welcome and ticks), moves on after each reveal, skips and ends as its
 * {@link HostPlan} says. It never sees the pack being loaded (no client does: it holds the keys), so a
 * start refused while match still fetches the pack ({@code QUESTIONS_NOT_LOADED}) is simply tried again.
 */
public final class HostBrain implements Brain {

    private static final Duration RETRY_AFTER = Duration.ofMillis(500);

    private final int minPlayers;
    private final Duration startDelay;
    private final HostPlan plan;

    private int players;
    private boolean created;
    private boolean started;
    private boolean startPlanned;
    private boolean awaitingNext;
    private boolean questionOpen;
    private boolean ended;
    private int shown;
    private int revealed;

    /** A host that moves on {@code pause} after every reveal and plays the game to its end. */
    public HostBrain(int minPlayers, Duration startDelay, Duration pause) {
        this(minPlayers, startDelay, HostPlan.steady(pause));
    }

    public HostBrain(int minPlayers, Duration startDelay, HostPlan plan) {
        this.minPlayers = minPlayers;
        this.startDelay = startDelay;
        this.plan = plan;
    }

    @Override
    public List<Planned> onEvent(EventEnvelope envelope) {
        switch (envelope.event()) {
            // A host receives no player's own events (protocol v2): their count arrives in ticks.
            case PlayerJoined joined -> {}
            case PlayerLeft left -> {}
            case RoundStarted round -> started = true;
            case QuestionShown question -> {
                started = true;
                awaitingNext = false;
                questionOpen = true;
                shown++;
                return duringQuestion();
            }
            case AnswerRevealed reveal -> {
                awaitingNext = true;
                questionOpen = false;
                revealed++;
                return List.of(new Planned(new ClientFrame.Next(), plan.pauseAfter(revealed)));
            }
            case GameEnded gameEnded -> {
                ended = true;
                awaitingNext = false;
                questionOpen = false;
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
            // A skip goes only while a question the plan skips is open: one planned for a question that
            // closed already must not close the next one, unless the plan skips that one too.
            case ClientFrame.Skip skip -> questionOpen && !ended && plan.skips().containsKey(shown);
            case ClientFrame.End end -> !ended && plan.endDuring() > 0 && shown >= plan.endDuring();
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

    /** What the plan has the host do while the question just shown is open. */
    private List<Planned> duringQuestion() {
        List<Planned> planned = new ArrayList<>();
        Duration skipAfter = plan.skips().get(shown);
        if (skipAfter != null) {
            planned.add(new Planned(new ClientFrame.Skip(), skipAfter));
        }
        if (shown == plan.endDuring()) {
            planned.add(new Planned(new ClientFrame.End(), plan.endAfter()));
        }
        return planned;
    }

    private List<Planned> maybeStart() {
        if (startPlanned || started || ended || !created || players < minPlayers) {
            return List.of();
        }
        startPlanned = true;
        return List.of(new Planned(new ClientFrame.Start(), startDelay));
    }
}
