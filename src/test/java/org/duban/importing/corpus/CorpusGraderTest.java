package org.duban.importing.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The corpus grader on small hand-made keys and previews: what counts as found, exact and invented. */
class CorpusGraderTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private static final String KEY = """
            {"document": "d.txt", "class": "c", "format": "text", "mediaType": "text/plain", "region": "东海市",
             "title": "东海市2024年重点工作上半年进展", "year": 2024,
             "actualPeriod": {"from": "2024-01-01", "to": "2024-06-30"},
             "tasks": [
               {"content": "新增城镇就业2万人", "units": ["市人社局", ["各区县政府<东海新区>", "各区县政府"]],
                "supporting": ["市财政局"],
                "targets": [{"comparator": "GTE", "value": 2, "unit": "万人"},
                            {"comparator": "GTE", "value": 100, "unit": "%", "optional": true}],
                "actuals": [{"value": 1.1, "unit": "万人", "target": 0},
                            {"value": 55, "unit": "%", "optional": true}]},
               {"content": ["研发投入强度", "研发经费投入强度"], "units": ["市科技局"],
                "targets": [{"comparator": "GTE", "value": 0.2, "unit": "百分点"},
                            {"comparator": "GTE", "value": 0.1, "unit": "百分点", "from": "2024-01-01", "to": "2024-06-30"}],
                "actuals": [{"value": 0.15, "unit": "百分点"}]}
             ]}
            """;

    /** A preview that gets everything right, with the numbers written the other way round where they may be. */
    private static final String EXACT = """
            {"plan": {"title": "东海市2024年重点工作上半年进展", "year": 2024},
             "tasks": [
               {"content": "1.新增城镇就业2万人。", "units": [
                  {"name": "市人社局", "role": "LEAD", "position": 0},
                  {"name": "市财政局", "role": "SUPPORTING", "position": 2},
                  {"name": "各区县政府", "role": "CO_LEAD", "position": 1}],
                "indicators": [{"name": "新增城镇就业",
                  "target": {"comparator": "GTE", "value": 20000, "unit": "人"},
                  "measurements": [{"value": 1.1, "unit": "万人", "period": {"from": "2024-01-01", "to": "2024-06-30"}}]}]},
               {"content": "研发经费投入强度", "units": [{"name": "市科技局", "role": "LEAD", "position": 0}],
                "indicators": [
                  {"target": {"comparator": "GTE", "value": 0.2, "unit": "个百分点",
                              "period": {"from": "2024-01-01", "to": "2024-12-31"}},
                   "measurements": [{"value": 0.15, "unit": "个百分点",
                                     "period": {"from": "2024-01-01", "to": "2024-06-30"}}]},
                  {"target": {"comparator": "GTE", "value": 0.1, "unit": "百分点",
                              "period": {"from": "2024-01-01", "to": "2024-06-30"}}}]}
             ]}
            """;

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exact preview with one change; fails when the text to change is not there, so that no test passes vacuously. */
    private static String edit(String from, String to) {
        assertThat(EXACT).contains(from);
        return EXACT.replace(from, to);
    }

    private static Grade grade(String preview) {
        return CorpusGrader.grade(read(KEY, CorpusKey.class), read(preview, CorpusPreview.class));
    }

    @Test
    void shouldGradeAnExactPreviewFullMarks() {
        Grade g = grade(EXACT);
        assertThat(g.findings()).isEmpty();
        assertThat(g).extracting(Grade::tasks, Grade::tasksFound, Grade::unitsExact, Grade::targets,
                Grade::targetsExact, Grade::actuals, Grade::actualsFound, Grade::invented, Grade::plansRight)
                .containsExactly(2, 2, 2, 3, 3, 2, 2, 0, 1);
    }

    @Test
    void shouldCountAWrongComparatorAsNotExactButNotInvented() {
        Grade g = grade(edit("\"comparator\": \"GTE\", \"value\": 20000", "\"comparator\": \"GT\", \"value\": 20000"));
        assertThat(g.targetsExact()).isEqualTo(2);
        assertThat(g.invented()).isZero();
    }

    @Test
    void shouldCountTheRightNumberWithAWrongUnitAsNotExactButNotInvented() {
        Grade g = grade(edit("\"value\": 20000, \"unit\": \"人\"", "\"value\": 2, \"unit\": \"人\""));
        assertThat(g.targetsExact()).isEqualTo(2);
        assertThat(g.invented()).isZero();
    }

    @Test
    void shouldCountARestatedTargetReadAsAnActualAsInvented() {
        Grade g = grade(edit("\"measurements\": [{\"value\": 1.1, \"unit\": \"万人\",",
                "\"measurements\": [{\"value\": 2, \"unit\": \"万人\", \"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-06-30\"}},"
                        + " {\"value\": 1.1, \"unit\": \"万人\","));
        assertThat(g.invented()).isEqualTo(1);
        assertThat(g.actualsFound()).isEqualTo(2);
        assertThat(g.findings()).anyMatch(f -> f.contains("INVENTED actual 2 万人"));
    }

    @Test
    void shouldMissAnActualOfAnotherPeriod() {
        Grade g = grade(edit("{\"value\": 1.1, \"unit\": \"万人\", \"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-06-30\"}}",
                "{\"value\": 1.1, \"unit\": \"万人\", \"period\": {\"from\": \"2024-01-01\", \"to\": \"2024-12-31\"}}"));
        assertThat(g.actualsFound()).isEqualTo(1);
        assertThat(g.invented()).isZero();
    }

    @Test
    void shouldMissAnActualRecordedOnTheWrongIndicator() {
        // 1.1 万人 measures the 2 万人 target; on an indicator of another quantity it is not found.
        Grade g = grade(edit("\"target\": {\"comparator\": \"GTE\", \"value\": 20000, \"unit\": \"人\"},", ""));
        assertThat(g.actualsFound()).isEqualTo(1);
    }

    @Test
    void shouldRequireUnitsInOrderWithTheirRoles() {
        assertThat(grade(edit("{\"name\": \"市人社局\", \"role\": \"LEAD\", \"position\": 0}",
                "{\"name\": \"市人社局\", \"role\": \"LEAD\", \"position\": 3}")).unitsExact()).isEqualTo(1);
        assertThat(grade(edit("\"name\": \"市财政局\", \"role\": \"SUPPORTING\"",
                "\"name\": \"市财政局\", \"role\": \"CO_LEAD\"")).unitsExact()).isEqualTo(1);
        assertThat(grade(edit("\"各区县政府\"", "\"各区县政府<东海新区>\"")).unitsExact()).isEqualTo(2);
    }

    @Test
    void shouldCountEverythingOnATaskInNoKeyAsInvented() {
        Grade g = grade(edit("\"tasks\": [", """
                "tasks": [{"content": "一、经济发展", "indicators": [{"target": {"comparator": "GTE", "value": 1, "unit": "个"}}]},
                """));
        assertThat(g.extraTasks()).isEqualTo(1);
        assertThat(g.invented()).isEqualTo(1);
        assertThat(g.tasksFound()).isEqualTo(2);
    }

    @Test
    void shouldAcceptOptionalNumbersPresentOrAbsent() {
        Grade with = grade(edit("\"indicators\": [{\"name\": \"新增城镇就业\",", """
                "indicators": [{"name": "进度", "target": {"comparator": "GTE", "value": 100, "unit": "%"},
                  "measurements": [{"value": 55, "unit": "%", "period": {"from": "2024-01-01", "to": "2024-06-30"}}]},
                  {"name": "新增城镇就业",
                """));
        assertThat(with.invented()).isZero();
        assertThat(with.targetsExact()).isEqualTo(3);
        assertThat(with.targets()).isEqualTo(3);
    }

    @Test
    void shouldMissEverythingOfARefusedDocument() {
        Grade g = CorpusGrader.refused(read(KEY, CorpusKey.class), 422, "未找到表头");
        assertThat(g).extracting(Grade::refused, Grade::tasks, Grade::tasksFound, Grade::targets, Grade::actuals)
                .containsExactly(1, 2, 0, 3, 2);
        assertThat(g.unitsExactPercent()).isZero();
    }

    @Test
    void shouldReportAWrongPlanTitle() {
        Grade g = grade(edit("\"title\": \"东海市2024年重点工作上半年进展\"", "\"title\": \"表1：主要指标\""));
        assertThat(g.plansRight()).isZero();
        assertThat(g.findings()).anyMatch(f -> f.contains("表1：主要指标"));
    }

    @Test
    void shouldPrintOneRowPerGroupAndATotal() {
        Grade g = grade(EXACT);
        String table = CorpusReport.table("by class", new java.util.TreeMap<>(java.util.Map.of("html", g, "xls", g)));
        assertThat(table.lines()).hasSize(5);
        assertThat(table).contains("100% 4/4").contains("all");
    }
}
