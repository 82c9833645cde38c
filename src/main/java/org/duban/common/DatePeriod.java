package org.duban.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.duban.quantity.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON form of a period: an inclusive date interval with the label people wrote for it. */
@DatePeriod.Ordered
@Schema(name = "Period", description = "An inclusive date interval with its label as written (1-11月, 全年)")
public record DatePeriod(
        @NotNull @Schema(description = "First day, inclusive", examples = "2023-01-01") LocalDate from,
        @NotNull @Schema(description = "Last day, inclusive", examples = "2023-11-30") LocalDate to,
        @Size(max = 50) @Schema(nullable = true,
                description = "The period as written in the source", examples = "1-11月") String label) {

    public Period toPeriod() {
        return new Period(from, to, label);
    }

    public static DatePeriod of(Period period) {
        return period == null ? null : new DatePeriod(period.from(), period.to(), period.label());
    }

    public static DatePeriod of(LocalDate from, LocalDate to, String label) {
        return from == null || to == null ? null : new DatePeriod(from, to, label);
    }

    /** A period must not end before it starts; the violation names the {@code to} field. */
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = OrderedValidator.class)
    public @interface Ordered {
        String message() default "must not be before from";

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};
    }

    /** Checks {@link Ordered}. */
    public static class OrderedValidator implements jakarta.validation.ConstraintValidator<Ordered, DatePeriod> {
        @Override
        public boolean isValid(DatePeriod period, jakarta.validation.ConstraintValidatorContext context) {
            if (period == null || period.from == null || period.to == null || !period.to.isBefore(period.from)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("to").addConstraintViolation();
            return false;
        }
    }
}
