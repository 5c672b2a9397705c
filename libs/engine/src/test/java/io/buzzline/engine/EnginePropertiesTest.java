package io.buzzline.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.EventEnvelope;
import io.buzzline.events.GameEvent;
import io.buzzline.events.Question;
import io.buzzline.events.QuestionsLoaded;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's invariants over random command sequences, valid and invalid mixed. */
class EnginePropertiesTest {

    private static final int TRIES = 300;

    @Provide
    Arbitrary<List<RandomGame.Step>> scripts() {
        Arbitrary<RandomGame.Step> step = Combinators.combine(
                        Arbitraries.integers().between(0, RandomGame.KINDS - 1),
                        Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(0, 600),
                        Arbitraries.integers().between(0, 4_000))
                .as(RandomGame.Step::new);
        return step.list().ofMinSize(1).ofMaxSize(150);
    }

    @Property(tries = TRIES)
    void replayingTheLogFromEmptyEqualsTheLiveState(@ForAll("scripts") List<RandomGame.Step> script) {
        RandomGame game = RandomGame.play(script);

        GameState replayed = Replay.fromLog("g-prop", game.log());

        assertThat(replayed).isEqualTo(game.state());
        assertThat(StateHash.of(replayed)).isEqualTo(StateHash.of(game.state()));
    }

    @Property(tries = TRIES)
    void snapshotPlusTailEqualsFullReplayAtEveryCut(@ForAll("scripts") List<RandomGame.Step> script) {
        RandomGame game = RandomGame.play(script);
        List<EventEnvelope> log = game.log();
        GameState full = Replay.fromLog("g-prop", log);

        GameState prefix = GameState.empty("g-prop");
        for (int cut = 0; cut <= log.size(); cut++) {
            GameSnapshot snapshot = Snapshots.of(prefix);
            assertThat(Snapshots.restore(snapshot)).isEqualTo(prefix);

            GameState rebuilt = Replay.fromSnapshot(snapshot, log.subList(cut, log.size()));

            assertThat(rebuilt).isEqualTo(full);
            assertThat(StateHash.of(rebuilt)).isEqualTo(StateHash.of(full));
            if (cut < log.size()) {
                prefix = GameEngine.apply(prefix, log.get(cut));
            }
        }
    }

    @Property(tries = TRIES)
    void atMostOneBuzzWinnerPerOpenWindow(@ForAll("scripts") List<RandomGame.Step> script) {
        Set<String> awardedOpenings = new HashSet<>();
        Map<String, Integer> opening = new HashMap<>();
        for (EventEnvelope envelope : RandomGame.play(script).log()) {
            switch (envelope.event()) {
                case BuzzerAwarded a ->
                    assertThat(awardedOpenings.add(a.questionId() + "#" + opening.getOrDefault(a.questionId(), 1)))
                            .as("second winner for %s", a.questionId())
                            .isTrue();
                case BuzzerReopened r -> opening.merge(r.questionId(), 2, (old, ignored) -> old + 1);
                default -> {}
            }
        }
    }

    /**
     * An edge that refused a command from an earlier prefix of the log (the game as it had delivered it)
     * agrees with the owner judging it later, unless the buzzer reopened in between (the one exception the
     * engine README states).
     */
    @Property(tries = TRIES)
    void aRefusalSettledOnAnEarlierPrefixHoldsUnlessTheBuzzerReopenedSince(
            @ForAll("scripts") List<RandomGame.Step> script) {
        RandomGame game = RandomGame.play(script);
        List<RandomGame.Turn> turns = game.turns();
        for (int t = 0; t < turns.size(); t++) {
            RandomGame.Turn turn = turns.get(t);
            for (int s = 0; s <= t; s++) {
                GameState seen = turns.get(s).before();
                Optional<Rejection> settled = GameEngine.settledRefusal(seen, turn.command());
                if (settled.isEmpty()) {
                    continue;
                }
                assertThat(GameEngine.decide(seen, turn.command(), Games.T0))
                        .isEqualTo(new Decision.Rejected(settled.get()));
                if (!reopenedBetween(game.log(), seen.sequence(), turn.before().sequence())) {
                    assertThat(turn.decision())
                            .as(
                                    "%s refused with %s at sequence %d, then judged at %d",
                                    turn.command(),
                                    settled.get(),
                                    seen.sequence(),
                                    turn.before().sequence())
                            .isInstanceOf(Decision.Rejected.class);
                }
            }
        }
    }

    private static boolean reopenedBetween(List<EventEnvelope> log, long after, long upTo) {
        return log.stream()
                .filter(e -> e.sequence() > after && e.sequence() <= upTo)
                .anyMatch(e -> e.event() instanceof BuzzerReopened);
    }

    @Property(tries = TRIES)
    void everyEventSequenceIsGapFree(@ForAll("scripts") List<RandomGame.Step> script) {
        List<EventEnvelope> log = RandomGame.play(script).log();

        assertThat(log.stream().mapToLong(EventEnvelope::sequence))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, log.size()).boxed().toList());
    }

    @Property(tries = TRIES)
    void rejectedCommandsLeaveTheStateUnchanged(@ForAll("scripts") List<RandomGame.Step> script) {
        for (RandomGame.Turn turn : RandomGame.play(script).turns()) {
            if (turn.decision() instanceof Decision.Rejected) {
                assertThat(turn.after()).isSameAs(turn.before());
                assertThat(StateHash.of(turn.after())).isEqualTo(StateHash.of(turn.before()));
            }
        }
    }

    @Property(tries = TRIES)
    void noPlayerVisibleEventCarriesAnAnswerKeyBeforeTheReveal(@ForAll("scripts") List<RandomGame.Step> script) {
        Set<String> revealed = new HashSet<>();
        for (RandomGame.Turn turn : RandomGame.play(script).turns()) {
            if (!(turn.decision() instanceof Decision.Accepted accepted)) {
                continue;
            }
            // A decision's events are published together: a BUZZER verdict and its reveal are one batch.
            List<GameEvent> batch =
                    accepted.events().stream().map(EventEnvelope::event).toList();
            batch.stream()
                    .filter(AnswerRevealed.class::isInstance)
                    .map(e -> ((AnswerRevealed) e).questionId())
                    .forEach(revealed::add);
            for (GameEvent event : batch) {
                if (event.visibility().visibleToPlayer("p1")) {
                    assertThat(revealed)
                            .as("%s disclosed a key before its reveal", event)
                            .containsAll(keysDisclosedBy(event));
                }
            }
        }
    }

    /** The questions whose answer key an event tells. */
    private static Set<String> keysDisclosedBy(GameEvent event) {
        return switch (event) {
            case QuestionsLoaded loaded ->
                Set.copyOf(loaded.pack().questions().stream()
                        .map(Question::questionId)
                        .toList());
            case AnswerSubmitted answer when answer.correct() -> Set.of(answer.questionId());
            case AnswerRevealed reveal -> Set.of(reveal.questionId());
            default -> Set.of();
        };
    }
}
