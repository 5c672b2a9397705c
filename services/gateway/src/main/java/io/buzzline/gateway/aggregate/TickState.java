package io.buzzline.gateway.aggregate;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import io.buzzline.engine.GameState;
import io.buzzline.engine.Player;
import io.buzzline.engine.QuestionInPlay;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.GameEvent;
import io.buzzline.events.PlayerJoined;
import io.buzzline.events.PlayerLeft;
import io.buzzline.events.QuestionShown;
import io.buzzline.events.RoundMode;
import io.buzzline.gateway.protocol.ServerFrame;

/**
 * What a tick says and whether hosts or the crowd have not heard it yet: counts come from the folded
 * state, the latest joins and first buzzes (which the state does not order) from the events.
 */
final class TickState {

    private final int maxJoined;
    private final int maxBuzzes;
    private final ArrayDeque<String> latestJoined = new ArrayDeque<>();
    private final List<ServerFrame.FirstBuzz> firstBuzzes = new ArrayList<>();
    boolean hostDirty;
    boolean crowdDirty;
    boolean questionOpen;
    int crowdTicksThisQuestion;

    TickState(int maxJoined, int maxBuzzes) {
        this.maxJoined = maxJoined;
        this.maxBuzzes = maxBuzzes;
    }

    /** Takes in one event, folded into {@code after} already. */
    void observe(GameEvent event, GameState after) {
        if (event instanceof PlayerJoined joined) {
            latestJoined.addLast(joined.nickname());
            while (latestJoined.size() > maxJoined) {
                latestJoined.removeFirst();
            }
            changed();
        } else if (event instanceof PlayerLeft || event instanceof AnswerSubmitted) {
            changed();
        } else if (event instanceof QuestionShown) {
            firstBuzzes.clear();
            questionOpen = true;
            crowdTicksThisQuestion = 0;
            // The question itself tells every client that nobody answered yet.
            hostDirty = true;
        } else if (event instanceof BuzzerReopened) {
            firstBuzzes.clear();
            changed();
        } else if (event instanceof BuzzPressed buzz) {
            if (firstBuzzes.size() < maxBuzzes) {
                firstBuzzes.add(firstBuzz(buzz, after));
            }
            changed();
        }
    }

    private void changed() {
        hostDirty = true;
        crowdDirty = true;
    }

    ServerFrame.Tick tick(GameState state) {
        QuestionInPlay q = state.question();
        return new ServerFrame.Tick(
                state.activePlayers(),
                q == null ? null : q.questionId(),
                q == null ? 0 : q.answered().size(),
                List.copyOf(latestJoined),
                q != null && q.mode() == RoundMode.BUZZER ? List.copyOf(firstBuzzes) : null);
    }

    private static ServerFrame.FirstBuzz firstBuzz(BuzzPressed buzz, GameState state) {
        Player player = state.players().get(buzz.playerId());
        QuestionInPlay q = state.question();
        long after = q == null
                ? 0
                : Math.max(
                        0, Duration.between(q.opensAt(), buzz.estimatedSentAt()).toMillis());
        return new ServerFrame.FirstBuzz(player == null ? buzz.playerId() : player.nickname(), after);
    }
}
