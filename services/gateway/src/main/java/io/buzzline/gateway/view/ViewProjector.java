package io.buzzline.gateway.view;

import io.buzzline.engine.BuzzerState;
import io.buzzline.engine.GamePhase;
import io.buzzline.engine.GameState;
import io.buzzline.engine.Player;
import io.buzzline.engine.QuestionInPlay;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.Visibility;
import io.buzzline.gateway.auth.Identity;
import io.buzzline.gateway.auth.Role;
import io.buzzline.gateway.view.GameView.MeView;
import io.buzzline.gateway.view.GameView.QuestionView;

/**
 * Projects the engine's state and events per role: a host what is public (not a player's own events), a
 * player what is public or addressed to them, a spectator what is public. A question's answer key leaves
 * at its reveal only, whatever the role: keys before the reveal are for editors and the engine.
 */
public final class ViewProjector {

    private ViewProjector() {}

    /** Whether {@code identity} may receive {@code event}: decided by the event's declared visibility only. */
    public static boolean visible(EventEnvelope event, Identity identity) {
        return visible(event.event().visibility(), identity);
    }

    public static boolean visible(Visibility visibility, Identity identity) {
        return switch (identity.role()) {
            case HOST -> visibility.visibleToHost();
            case PLAYER -> visibility.visibleToPlayer(identity.subject());
            case SPECTATOR -> visibility instanceof Visibility.Public;
        };
    }

    /** The view with the whole leaderboard, whatever the role. */
    public static GameView view(GameState state, Identity identity) {
        return view(state, identity, Standings.of(state), Integer.MAX_VALUE);
    }

    /**
     * The view from {@code standings} (those of {@code state}); players and spectators get the top
     * {@code limit} of the leaderboard, hosts all.
     */
    public static GameView view(GameState state, Identity identity, Standings standings, int limit) {
        return new GameView(
                state.gameId(),
                state.sequence(),
                state.phase().name(),
                state.hostId(),
                state.round(),
                state.questionNumber(),
                state.settings() == null ? 0 : state.settings().totalQuestions(),
                state.round() == 0 ? null : state.roundSettings().mode().name(),
                standings.board().size(),
                identity.role() == Role.HOST ? standings.board() : standings.top(limit),
                question(state, identity),
                me(state, identity, standings));
    }

    private static QuestionView question(GameState state, Identity identity) {
        QuestionInPlay q = state.question();
        if (q == null) {
            return null;
        }
        boolean revealed = !state.phase().questionOpen();
        BuzzerState buzzer = q.buzzer();
        return new QuestionView(
                q.questionId(),
                q.round(),
                q.number(),
                q.mode().name(),
                q.question().text(),
                q.question().choices(),
                q.opensAt(),
                q.closesAt(),
                revealed,
                revealed ? q.question().correctAnswer() : null,
                q.answered().size(),
                buzzer == null ? null : buzzer.awardedTo(),
                buzzer == null ? null : buzzer.answerDueAt());
    }

    private static MeView me(GameState state, Identity identity, Standings standings) {
        if (identity.role() != Role.PLAYER) {
            return new MeView(
                    identity.subject(), identity.role().group(), identity.nickname(), null, null, false, false, false);
        }
        Player player = state.players().get(identity.subject());
        Integer rank = standings.ranks().get(identity.subject());
        QuestionInPlay q = state.question();
        boolean current = q != null && state.phase() != GamePhase.ENDED;
        return new MeView(
                identity.subject(),
                identity.role().group(),
                player == null ? identity.nickname() : player.nickname(),
                player == null ? null : player.total(),
                rank,
                current && q.answered().contains(identity.subject()),
                current && q.buzzer() != null && q.buzzer().buzzed().contains(identity.subject()),
                current && q.buzzer() != null && q.buzzer().lockedOut().contains(identity.subject()));
    }
}
