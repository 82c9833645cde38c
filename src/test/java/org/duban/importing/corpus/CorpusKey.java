package org.duban.importing.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hand-written answer key of one corpus document: how to post it and what a person reading it would record
 * (see src/test/resources/importing/corpus/README.md for the format).
 */
public record CorpusKey(String document, @JsonProperty("class") String layoutClass, String format, String mediaType,
        String fileName, String region, String title, int year, Span actualPeriod, List<TaskKey> tasks) {

    /** An inclusive date interval. */
    public record Span(LocalDate from, LocalDate to) {
    }

    /**
     * A task: {@code content} is a distinctive part of its text, or a list of them when the table has both a name
     * column and a text column (项目名称 and 目标任务) and either may be read as the task; {@code units} and
     * {@code supporting} hold a name or a list of equally right spellings per position; {@code supporting} absent
     * means the table names none.
     */
    public record TaskKey(JsonNode content, List<JsonNode> units, List<JsonNode> supporting, List<TargetKey> targets,
            List<ActualKey> actuals) {

        public List<TargetKey> targets() {
            return targets == null ? List.of() : targets;
        }

        public List<ActualKey> actuals() {
            return actuals == null ? List.of() : actuals;
        }

        public List<JsonNode> supporting() {
            return supporting == null ? List.of() : supporting;
        }
    }

    /** A numeric target; {@code from}/{@code to} only when it is not the plan year's (a stage target). */
    public record TargetKey(String name, String comparator, BigDecimal value, JsonNode unit, LocalDate from,
            LocalDate to, boolean optional) {
    }

    /** An actual value; {@code target} is the index of the task's target whose quantity it measures, if any. */
    public record ActualKey(BigDecimal value, JsonNode unit, LocalDate from, LocalDate to, String status,
            Integer target, boolean optional) {
    }
}
