package io.buzzline.events;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisibilityTest {

    @Test
    void thePackWithItsKeysReachesNoClientNotEvenTheHost() {
        var pack = new QuestionPack("p", List.of(new Question("q", "Q?", List.of("A", "B"), "A")));
        Visibility visibility = new QuestionsLoaded(pack).visibility();

        assertThat(visibility).isEqualTo(Visibility.LOG_ONLY);
        assertThat(visibility.visibleToHost()).isFalse();
        assertThat(visibility.visibleToPlayer("p1")).isFalse();
    }

    @Test
    void aClassicVerdictReachesNoClientAndABuzzerVerdictIsPublic() {
        Visibility classic = new AnswerSubmitted("p1", "q", "A", 10, RoundMode.CLASSIC, true).visibility();

        assertThat(classic).isEqualTo(Visibility.LOG_ONLY);
        assertThat(classic.visibleToPlayer("p1")).isFalse();
        assertThat(classic.visibleToHost()).isFalse();
        assertThat(new AnswerSubmitted("p1", "q", "A", 10, RoundMode.BUZZER, true).visibility())
                .isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void theQuestionAsShownIsPublic() {
        var shown = new QuestionShown(1, 1, "q", "Q?", List.of("A", "B"), Instant.EPOCH, Instant.EPOCH.plusSeconds(1));

        assertThat(shown.visibility().visibleToPlayer("anyone")).isTrue();
    }

    @Test
    void onePlayerVisibilityReachesOnlyThatPlayer() {
        Visibility visibility = new Visibility.OnePlayer("p1");

        assertThat(visibility.visibleToPlayer("p1")).isTrue();
        assertThat(visibility.visibleToPlayer("p2")).isFalse();
    }

    @Test
    void whatAPlayerDoesReachesThatPlayerOnlyNotTheCrowdNorTheHost() {
        List<GameEvent> own = List.of(
                new PlayerJoined("p1", "Ada", null),
                new PlayerLeft("p1", PlayerLeft.Reason.LEFT),
                new BuzzPressed("p1", "q", Instant.EPOCH, 10),
                new ScoreUpdated("p1", "g:5", 100, 100, ScoreUpdated.Reason.CLASSIC_CORRECT, 1));

        assertThat(own).allSatisfy(event -> {
            assertThat(event.visibility().visibleToPlayer("p1")).isTrue();
            assertThat(event.visibility().visibleToPlayer("p2")).isFalse();
            assertThat(event.visibility().visibleToHost()).isFalse();
        });
    }

    @Test
    void aKeyMustBeOneOfTheChoices() {
        assertThatThrownBy(() -> new Question("q", "Q?", List.of("A", "B"), "C"))
                .hasMessage("correctAnswer: must be one of the choices");
    }
}
