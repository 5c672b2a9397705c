package io.buzzline.bots.brain;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.buzzline.bots.protocol.ClientFrame;
import io.buzzline.events.AnswerRevealed;
import io.buzzline.events.BuzzerAwarded;
import io.buzzline.events.BuzzerReopened;
import io.buzzline.events.GameEnded;
import io.buzzline.events.RoundMode;
import io.buzzline.events.RoundStarted;

import static org.assertj.core.api.Assertions.assertThat;

class PlayerBrainTest {

    private static final BotTraits ALWAYS_RIGHT =
            new BotTraits(1.0, Duration.ofMillis(100), Duration.ofMillis(200), 1.0);
    private static final BotTraits ALWAYS_WRONG = new BotTraits(0.0, Duration.ZERO, Duration.ZERO, 1.0);

    private final Events events = new Events();
    private final AnswerKeys keys = new AnswerKeys();

    @Test
    void aClassicQuestionIsAnsweredAfterTheReactionTimeWithTheKeyWhenAccurate() {
        keys.learn("q1", "C");
        PlayerBrain brain = new PlayerBrain("p1", ALWAYS_RIGHT, keys, new Random(1));
        brain.onEvent(events.next(new RoundStarted(1, RoundMode.CLASSIC, 3)));

        List<Planned> planned = brain.onEvent(events.next(Events.question("q1")));

        assertThat(planned).singleElement().satisfies(plan -> {
            assertThat(plan.frame()).isEqualTo(new ClientFrame.Answer("q1", "C"));
            assertThat(plan.delay()).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        });
        assertThat(brain.wants(plan(planned))).isTrue();
    }

    @Test
    void anInaccurateBotPicksAnotherChoiceAndAnUnknownKeyIsAGuessAmongTheChoices() {
        keys.learn("q1", "C");
        PlayerBrain wrong = new PlayerBrain("p1", ALWAYS_WRONG, keys, new Random(2));
        for (int i = 0; i < 50; i++) {
            assertThat(wrong.choose(Events.question("q1"))).isIn("A", "B", "D");
            assertThat(wrong.choose(Events.question("unknown"))).isIn(Events.CHOICES);
        }
    }

    @Test
    void accuracyIsHeldOverManyAnswers() {
        keys.learn("q1", "A");
        PlayerBrain brain =
                new PlayerBrain("p1", new BotTraits(0.7, Duration.ZERO, Duration.ZERO, 1), keys, new Random(3));
        long right = java.util.stream.IntStream.range(0, 2000)
                .filter(i -> brain.choose(Events.question("q1")).equals("A"))
                .count();
        assertThat(right).isBetween(1300L, 1500L);
    }

    @Test
    void inABuzzerQuestionTheBotBuzzesAndAnswersOnlyWhenAwarded() {
        keys.learn("q1", "B");
        PlayerBrain brain = new PlayerBrain("p1", ALWAYS_RIGHT, keys, new Random(4));
        brain.onEvent(events.next(new RoundStarted(1, RoundMode.BUZZER, 3)));

        assertThat(brain.onEvent(events.next(Events.question("q1"))))
                .extracting(Planned::frame)
                .containsExactly(new ClientFrame.Buzz("q1"));
        assertThat(brain.wants(new ClientFrame.Answer("q1", "B"))).isFalse();
        assertThat(brain.onEvent(events.next(new BuzzerAwarded("p2", "q1", Events.T0))))
                .isEmpty();
        assertThat(brain.onEvent(events.next(new BuzzerReopened("p2", "q1", BuzzerReopened.Reason.WRONG_ANSWER))))
                .extracting(Planned::frame)
                .containsExactly(new ClientFrame.Buzz("q1"));
        assertThat(brain.onEvent(events.next(new BuzzerAwarded("p1", "q1", Events.T0))))
                .extracting(Planned::frame)
                .containsExactly(new ClientFrame.Answer("q1", "B"));
    }

    @Test
    void aLockedOutBotDoesNotBuzzAgainAndNothingIsWantedAfterTheReveal() {
        PlayerBrain brain = new PlayerBrain("p1", ALWAYS_RIGHT, keys, new Random(5));
        brain.onEvent(events.next(new RoundStarted(1, RoundMode.BUZZER, 3)));
        brain.onEvent(events.next(Events.question("q1")));
        brain.onEvent(events.next(new BuzzerAwarded("p1", "q1", Events.T0)));

        assertThat(brain.onEvent(events.next(new BuzzerReopened("p1", "q1", BuzzerReopened.Reason.WRONG_ANSWER))))
                .isEmpty();
        assertThat(brain.wants(new ClientFrame.Buzz("q1"))).isFalse();
        brain.onEvent(events.next(new AnswerRevealed(1, 1, "q1", "B", AnswerRevealed.Reason.NO_ONE_LEFT)));
        assertThat(brain.wants(new ClientFrame.Answer("q1", "B"))).isFalse();
        assertThat(keys.keyOf("q1")).contains("B");
    }

    @Test
    void unavailableIsRetriedOtherRefusalsEndTheAttempt() {
        PlayerBrain brain = new PlayerBrain("p1", ALWAYS_RIGHT, keys, new Random(6));
        brain.onEvent(events.next(new RoundStarted(1, RoundMode.CLASSIC, 3)));
        brain.onEvent(events.next(Events.question("q1")));
        ClientFrame answer = new ClientFrame.Answer("q1", "A");

        assertThat(brain.onRefused(answer, "UNAVAILABLE"))
                .extracting(Planned::frame)
                .containsExactly(answer);
        assertThat(brain.onRefused(answer, "ALREADY_ANSWERED")).isEmpty();
        assertThat(brain.wants(answer)).isFalse();
    }

    @Test
    void theGameEndingFinishesTheBot() {
        PlayerBrain brain = new PlayerBrain("p1", ALWAYS_RIGHT, keys, new Random(7));
        assertThat(brain.finished()).isFalse();
        brain.onEvent(events.next(new GameEnded(GameEnded.Reason.COMPLETED)));
        assertThat(brain.finished()).isTrue();
    }

    private static ClientFrame plan(List<Planned> planned) {
        return planned.getFirst().frame();
    }
}
