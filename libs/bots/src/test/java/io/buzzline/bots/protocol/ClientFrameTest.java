package io.buzzline.bots.protocol;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.buzzline.events.AnswerSubmitted;
import io.buzzline.events.BuzzPressed;
import io.buzzline.events.RoundMode;

import static org.assertj.core.api.Assertions.assertThat;

/** Protocol v3 answers a buzz and a BUZZER answer with the player's own event, not an ack. */
class ClientFrameTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aBuzzIsAnsweredByTheSamePlayersBuzzPressedForItsQuestion() {
        ClientFrame buzz = new ClientFrame.Buzz("q1");

        assertThat(buzz.answeredBy(new BuzzPressed("p1", "q1", T0, 20), "p1")).isTrue();
        assertThat(buzz.answeredBy(new BuzzPressed("p2", "q1", T0, 20), "p1"))
                .as("another player's buzz")
                .isFalse();
        assertThat(buzz.answeredBy(new BuzzPressed("p1", "q2", T0, 20), "p1"))
                .as("a buzz for another question")
                .isFalse();
        assertThat(buzz.answeredBy(new AnswerSubmitted("p1", "q1", "A", 500, RoundMode.BUZZER, true), "p1"))
                .isFalse();
    }

    @Test
    void onlyABuzzerRoundsAnswerIsAnsweredByItsEventAClassicOneKeepsItsAck() {
        ClientFrame answer = new ClientFrame.Answer("q1", "A");

        assertThat(answer.answeredBy(new AnswerSubmitted("p1", "q1", "A", 500, RoundMode.BUZZER, false), "p1"))
                .isTrue();
        assertThat(answer.answeredBy(new AnswerSubmitted("p1", "q1", "A", 500, RoundMode.CLASSIC, true), "p1"))
                .as("a CLASSIC answer is log-only and acked")
                .isFalse();
        assertThat(answer.answeredBy(new AnswerSubmitted("p2", "q1", "A", 500, RoundMode.BUZZER, true), "p1"))
                .isFalse();
        assertThat(answer.answeredBy(new BuzzPressed("p1", "q1", T0, 20), "p1")).isFalse();
    }

    @Test
    void hostCommandsAreAnsweredByAcksOnly() {
        BuzzPressed pressed = new BuzzPressed("p1", "q1", T0, 20);
        assertThat(new ClientFrame.Start().answeredBy(pressed, "p1")).isFalse();
        assertThat(new ClientFrame.Next().answeredBy(pressed, "p1")).isFalse();
        assertThat(new ClientFrame.Skip().answeredBy(pressed, "p1")).isFalse();
        assertThat(new ClientFrame.End().answeredBy(pressed, "p1")).isFalse();
    }
}
