package org.partnershipsteward.platform.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A string that must be one of an enum's constant names; the message lists them. Null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = EnumValue.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumValue {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the value against the enum's constants. */
    class Validator implements ConstraintValidator<EnumValue, String> {

        private Class<? extends Enum<?>> type;

        @Override
        public void initialize(EnumValue annotation) {
            type = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(value));
            if (!known) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))
                        .addConstraintViolation();
            }
            return known;
        }
    }
}
