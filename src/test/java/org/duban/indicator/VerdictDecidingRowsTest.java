package org.duban.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.duban.assessment.Verdict;
import org.duban.support.Api;
import org.duban.task.TaskScope;
import org.junit.jupiter.api.Test;

/**
 * A write's refresh reads only the measurements that can decide a verdict ({@link AssessmentRow#LATEST_DECISIVE_END});
 * on random histories (targets with and without a period, measurements of other periods, several statuses for one
 * period end, reported times known and unknown) it must give every indicator the verdict that all its measurements give.
 */
@QuarkusTest
class VerdictDecidingRowsTest {

    private static final int YEAR = 2024;
    private static final String[] STATUSES = {"ESTIMATED", "PRELIMINARY", "FINAL"};

    @Inject
    IndicatorVerdicts verdicts;

    @Test
    void shouldGiveTheVerdictsOfTheFullHistory() {
        Random random = new Random(20241130);
        long plan = Api.createPlan(Api.newRegion(), YEAR);
        List<Long> tasks = new ArrayList<>();
        for (int t = 1; t <= 6; t++) {
            long task = Api.createTask(plan, t, "第" + t + "项任务", List.of());
            tasks.add(task);
            for (int n = 0; n < 6; n++) {
                long indicator = indicator(task, n, random);
                int count = random.nextInt(9);
                for (int m = 0; m < count; m++) {
                    measurement(indicator, random);
                }
            }
        }

        Map<Long, Verdict> full = new HashMap<>();
        verdicts.assess(TaskScope.plan(plan)).forEach(a -> full.put(a.id(), a.effectiveVerdict()));
        Map<Long, Verdict> deciding = new LinkedHashMap<>();
        verdicts.verdictsWithAnnounced(TaskScope.ids(tasks)).values().forEach(list -> list
                .forEach(v -> deciding.put(v.indicatorId(), v.effective())));

        assertThat(deciding).hasSize(36).isEqualTo(full);
        assertThat(full.values()).as("the histories reach several verdicts").contains(Verdict.NO_DATA, Verdict.MET,
                Verdict.NOT_MET);
        assertThat(verdicts.effectiveVerdicts(TaskScope.plan(plan)).values().stream().mapToInt(List::size).sum())
                .isEqualTo(36);
    }

    private static long indicator(long task, int n, Random random) {
        Map<String, Object> target = new LinkedHashMap<>(Map.of("comparator", random.nextBoolean() ? "GTE" : "LTE",
                "value", 100, "unit", "亿元"));
        switch (random.nextInt(3)) {
            case 0 -> { } // the plan's year
            case 1 -> target.put("period", Map.of("from", YEAR + "-01-01", "to", YEAR + "-06-30"));
            default -> target.put("period", Map.of("from", (YEAR - 1) + "-07-01", "to", YEAR + "-06-30"));
        }
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "指标" + n, "kind", "LEVEL"));
        if (random.nextInt(6) > 0) {
            body.put("target", target);
        }
        return Api.post("/api/v1/tasks/" + task + "/indicators", body).statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** A measurement of a month's end in the year before, the plan's year or the year after, often a repeated end. */
    private static void measurement(long indicator, Random random) {
        int year = YEAR - 1 + random.nextInt(3);
        int month = 1 + random.nextInt(12);
        LocalDate to = LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
        LocalDate from = random.nextBoolean() ? LocalDate.of(year, 1, 1) : to.withDayOfMonth(1);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("value", 50 + random.nextInt(100), "unit", "亿元",
                "status", STATUSES[random.nextInt(3)], "period", Map.of("from", from.toString(), "to", to.toString())));
        if (random.nextBoolean()) {
            body.put("reportedAt", year + "-" + String.format("%02d", month) + "-1" + random.nextInt(10) + "T02:00:00Z");
        }
        int status = Api.post("/api/v1/indicators/" + indicator + "/measurements", body).extract().statusCode();
        assertThat(status).as("measurement %s", body).isIn(200, 201, 409);
    }
}
