package io.claimflow.ingest.mapping;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** An ISO 8601 timestamp with an offset, such as 2017-11-13T10:00:00+01:00; null passes. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoTimestamp.Validator.class)
public @interface IsoTimestamp {

    String message() default "must be ISO 8601 with an offset, such as 2017-11-13T10:00:00Z";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Parses the value the way the mapper will. */
    class Validator implements ConstraintValidator<IsoTimestamp, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                OffsetDateTime.parse(value.strip());
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
