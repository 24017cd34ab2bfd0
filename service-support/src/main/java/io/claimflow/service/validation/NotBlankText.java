package io.claimflow.service.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text with something to read: not null, and not only white space of any kind (no-break and em spaces included, which
 * {@code @NotBlank} lets through) or invisible format characters such as a zero-width space.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotBlankText.Validator.class)
public @interface NotBlankText {

    String message() default "must not be empty or white space only";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Passes when one character is neither a space of any kind nor an invisible format character. */
    class Validator implements ConstraintValidator<NotBlankText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return hasText(value);
        }

        /** The same check, for text that does not come in a validated object. */
        public static boolean hasText(String value) {
            return value != null && value.codePoints().anyMatch(Validator::visible);
        }

        private static boolean visible(int c) {
            return !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT
                    && !Character.isISOControl(c);
        }
    }
}
