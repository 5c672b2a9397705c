package io.buzzline.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.ScoreUpdated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points settle at the reveal, whatever the host's pace: every answer to a revealed question has
 * exactly one SCORE_UPDATED, none before its reveal (a wrong BUZZER answer's penalty comes with its
 * verdict), and every total in the state is the sum of the points its player was logged.
 */
class PointsPropertiesTest {

    private static final int TRIES = 300;

    @Provide
    Arbitrary<List<PacedGame.Move>> paces() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, PacedGame.KINDS - 1),
                        Arbitraries.integers().between(0, 31),
                        Arbitraries.integers().between(0, 30_000))
                .as(PacedGame.Move::new)
                .list()
                .ofMinSize(20)
                .ofMaxSize(400);
    }

    @Provide
    Arbitrary<List<RandomGame.Step>> scripts() {
        return new EnginePropertiesTest().scripts();
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    void pointsSettleAtTheRevealAtAnyHostPace(
            @ForAll boolean autoAdvance, @ForAll("paces") List<PacedGame.Move> moves) {
        PacedGame game = PacedGame.play(autoAdvance, moves);

        assertPointsSettleAtTheReveal(game.log(), game.state());
        // Shown in the report: the scripts must reach reveals with answers, and ends, to mean anything.
        long scores = game.log().stream()
                .filter(e -> e.event() instanceof ScoreUpdated)
                .count();
        Statistics.label("scores in the game")
                .collect(scores == 0 ? "0" : scores < 10 ? "1-9" : scores < 30 ? "10-29" : "30+");
        Statistics.label("answers")
                .collect(game.log().stream()
                        .filter(e -> e.event() instanceof AnswerSubmitted)
                        .count());
        Statistics.label("end")
                .collect(game.log().getLast().event() instanceof GameEnded ended ? ended.reason() : "still playing");
    }

    @Property(tries = TRIES)
    void pointsSettleAtTheRevealWhateverCommandsArrive(@ForAll("scripts") List<RandomGame.Step> script) {
        RandomGame game = RandomGame.play(script);

        assertPointsSettleAtTheReveal(game.log(), game.state());
    }

    private static void assertPointsSettleAtTheReveal(List<EventEnvelope> log, GameState end) {
        Map<String, EventEnvelope> answers = new HashMap<>();
        Map<String, Long> revealedAt = new HashMap<>();
        Map<String, Integer> scoresPerAnswer = new HashMap<>();
        Map<String, Long> sums = new HashMap<>();
        Long endedAt = null;
        for (EventEnvelope envelope : log) {
            assertThat(endedAt).as("%s after GAME_ENDED", envelope.eventId()).isNull();
            switch (envelope.event()) {
                case AnswerSubmitted a -> answers.put(envelope.eventId(), envelope);
                case AnswerRevealed r -> revealedAt.put(r.questionId(), envelope.sequence());
                case ScoreUpdated s -> {
                    EventEnvelope source = answers.get(s.sourceEventId());
                    assertThat(source).as("source of %s", s).isNotNull();
                    AnswerSubmitted answer = (AnswerSubmitted) source.event();
                    assertThat(s.playerId()).isEqualTo(answer.playerId());
                    if (isPenalty(answer)) {
                        assertThat(envelope.sequence())
                                .as("penalty right after its verdict")
                                .isEqualTo(source.sequence() + 1);
                    } else {
                        assertThat(revealedAt)
                                .as("%s scored before its reveal", s)
                                .containsKey(answer.questionId());
                    }
                    long before = sums.getOrDefault(s.playerId(), 0L);
                    assertThat(s.total()).as("running total of %s", s).isEqualTo(before + s.points());
                    sums.put(s.playerId(), s.total());
                    scoresPerAnswer.merge(s.sourceEventId(), 1, Integer::sum);
                }
                case GameEnded g -> endedAt = envelope.sequence();
                default -> {}
            }
        }
        for (var entry : answers.entrySet()) {
            AnswerSubmitted answer = (AnswerSubmitted) entry.getValue().event();
            boolean owed = isPenalty(answer) || revealedAt.containsKey(answer.questionId());
            assertThat(scoresPerAnswer.getOrDefault(entry.getKey(), 0))
                    .as("results for %s (revealed: %s)", answer, revealedAt.containsKey(answer.questionId()))
                    .isEqualTo(owed ? 1 : 0);
        }
        for (Player player : end.players().values()) {
            assertThat(player.total())
                    .as("total of %s", player.playerId())
                    .isEqualTo(sums.getOrDefault(player.playerId(), 0L));
        }
    }

    private static boolean isPenalty(AnswerSubmitted answer) {
        return answer.mode() == RoundMode.BUZZER && !answer.correct();
    }
}
