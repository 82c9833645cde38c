package org.duban.importing.corpus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The part of the import dry-run preview (POST /api/v1/imports?dryRun=true) that the corpus grades. */
public record CorpusPreview(Plan plan, List<Task> tasks) {

    public List<Task> tasks() {
        return tasks == null ? List.of() : tasks;
    }

    public record Plan(String title, Integer year) {
    }

    public record Task(String content, List<Unit> units, List<Indicator> indicators) {

        public List<Unit> units() {
            return units == null ? List.of() : units;
        }

        public List<Indicator> indicators() {
            return indicators == null ? List.of() : indicators;
        }
    }

    public record Unit(String name, String role, Integer position) {
    }

    public record Indicator(String name, Target target, List<Measurement> measurements) {

        public List<Measurement> measurements() {
            return measurements == null ? List.of() : measurements;
        }
    }

    public record Target(String comparator, BigDecimal value, String unit, Period period, String sourceText) {
    }

    public record Measurement(BigDecimal value, String unit, Period period, String status, String sourceText) {
    }

    public record Period(LocalDate from, LocalDate to) {
    }
}
