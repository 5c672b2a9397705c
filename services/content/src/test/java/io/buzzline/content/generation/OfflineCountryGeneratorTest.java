package io.buzzline.content.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.buzzline.content.question.QuestionContent;
import io.buzzline.content.question.QuestionLimits;
import io.buzzline.content.question.QuestionRules;
import io.buzzline.content.question.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfflineCountryGeneratorTest {

    private final OfflineCountryGenerator generator = new OfflineCountryGenerator();
    private final QuestionRules rules = new QuestionRules(new QuestionLimits(Set.of("en"), 300, 120));

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyQuestionOfEveryDifficultyPassesTheBankRulesAndIsUnique(int difficulty) {
        List<QuestionContent> all = new ArrayList<>();
        Iterator<QuestionContent> it = generator.candidates(new GenerationSpec("geography", difficulty, "en"), 1);
        it.forEachRemaining(all::add);

        assertThat(all).hasSize(generator.capacity(difficulty)).hasSizeGreaterThan(30);
        Set<String> prints = new HashSet<>();
        for (QuestionContent q : all) {
            assertThat(rules.check(q.normalized())).as(q.text()).isEmpty();
            assertThat(q.choices()).hasSize(4).contains(q.answer());
            assertThat(q.difficulty()).isEqualTo(difficulty);
            assertThat(prints.add(Text.fingerprint(q.language(), q.text())))
                    .as(q.text())
                    .isTrue();
        }
    }

    @Test
    void asksTheCapitalOfACountryWithItsRealCapital() {
        List<QuestionContent> all = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            generator.candidates(new GenerationSpec("geography", d, "en"), 1).forEachRemaining(all::add);
        }
        assertThat(all)
                .filteredOn(q -> q.text().equals("What is the capital of France?"))
                .singleElement()
                .satisfies(q -> assertThat(q.answer()).isEqualTo("Paris"));
        assertThat(all).noneMatch(q -> q.text().equals("On which continent is Russia?"));
    }

    @Test
    void refusesWhatItHasNoDataFor() {
        assertThatThrownBy(() -> generator.candidates(new GenerationSpec("history", 1, "en"), 1))
                .isInstanceOf(GenerationException.class)
                .matches(e -> !((GenerationException) e).retryable());
    }
}
