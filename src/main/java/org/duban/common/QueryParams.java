package org.duban.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Parses filter values from query parameters, so that a bad value is a 400 naming the parameter, not an empty list. */
public final class QueryParams {

    /** Dates in Chinese documents, and "today" when a request gives no {@code asOf}, are Asia/Shanghai dates. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(parameter,
                    "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }

    /** true or false, absent meaning false; anything else is a 400 rather than a silent false. */
    public static boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidRequestException(parameter, "must be true or false, not '" + value + "'");
        };
    }

    public static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter, "must be an instant like 2024-01-19T01:17:00Z, not '" + value + "'");
        }
    }

    public static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter, "must be a date like 2023-12-31, not '" + value + "'");
        }
    }

    /** The {@code asOf} query parameter: the given date, or today in Asia/Shanghai when absent. */
    public static LocalDate asOf(String value) {
        LocalDate date = date("asOf", value);
        return date != null ? date : LocalDate.now(CHINA);
    }

    /** A text search term for {@code like}, or null when absent; % and _ are escaped with '!'. */
    public static String likePattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String escaped = q.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
