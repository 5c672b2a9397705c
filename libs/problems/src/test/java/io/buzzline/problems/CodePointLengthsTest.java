package io.buzzline.problems;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @Size} on a String counts code points, as the documents' maxLength does; on a list, elements. */
class CodePointLengthsTest {

    private static final String EMOJI = "\uD83D\uDE00"; // 😀, one code point, two chars

    record Named(
            @Size(min = 2, max = 3) String name,
            @Size(max = 2) List<@Size(max = 1) String> tags) {}

    private final Validator validator = validator();

    @Test
    void aStringOfMaxLengthEmojiIsValidAndOneMoreIsNot() {
        assertThat(validator.validate(new Named(EMOJI.repeat(3), List.of()))).isEmpty();
        assertThat(validator.validate(new Named(EMOJI.repeat(4), List.of())))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("name");
    }

    @Test
    void oneEmojiIsOneCharacterTowardsMinLength() {
        assertThat(validator.validate(new Named(EMOJI, List.of())))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("name");
    }

    @Test
    void listsAndTheirElementsAreCountedAsBefore() {
        assertThat(validator.validate(new Named("abc", List.of(EMOJI, "b")))).isEmpty();
        assertThat(validator.validate(new Named("abc", List.of("a", "b", "c"))))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("tags");
        assertThat(validator.validate(new Named("abc", List.of("ab"))))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactly("tags[0].<list element>");
    }

    private static Validator validator() {
        HibernateValidatorConfiguration configuration =
                Validation.byProvider(HibernateValidator.class).configure();
        configuration.messageInterpolator(new ParameterMessageInterpolator());
        new CodePointLengths().customize(configuration);
        return configuration.buildValidatorFactory().getValidator();
    }
}
