package io.buzzline.problems;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * Makes {@code @Size} on a String count what the OpenAPI documents count. SmallRye OpenAPI turns
 * {@code @Size(max = 40)} into {@code maxLength: 40}, and JSON Schema counts a string's length in code points;
 * Hibernate Validator's own {@code @Size} counts UTF-16 chars, so 40 emoji (80 chars) were refused although
 * the document admits them. The validator registered here is for {@link String}, a narrower type than the
 * built-in one's {@link CharSequence}, so Hibernate Validator picks it for String values and keeps its own
 * for collections, maps and arrays.
 */
@Singleton
public class CodePointLengths implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(SizeOfString.class);
        configuration.addMapping(mapping);
    }

    /** A String's length in code points, as JSON Schema's {@code minLength} and {@code maxLength} count it. */
    public static int of(String text) {
        return text.codePointCount(0, text.length());
    }

    /** {@code @Size} for a String, counted in code points; null is valid, as for every {@code @Size}. */
    @RegisterForReflection
    public static class SizeOfString implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            this.min = size.min();
            this.max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = of(value);
            return length >= min && length <= max;
        }
    }
}
