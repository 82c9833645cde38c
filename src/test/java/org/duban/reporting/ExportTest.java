package org.duban.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.caching.RepresentationCache;
import org.duban.support.Api;
import org.duban.support.SeedPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan exports as a completion-status table that Excel and a CSV reader open, written as such tables are. */
@QuarkusTest
class ExportTest {

    private static final List<String> HEADER = List.of("序号", "任务内容", "牵头单位", "配合单位", "指标与目标", "完成值", "评估",
            "完成情况");

    @Inject
    RepresentationCache cache;

    /** Shared by the tests that only read it; a test that writes builds its own. */
    private static SeedPlan seed;

    @BeforeEach
    void createSeedOnce() {
        if (seed == null) {
            seed = new SeedPlan();
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            var cell = row.getCell(c);
            cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return cells;
    }

    @Test
    void shouldExportAWorkbookWithTitleHeaderAndOneRowPerTask() throws IOException {
        byte[] bytes = given().queryParam("format", "xlsx").queryParam("asOf", "2023-12-15")
                .get("/api/v1/plans/" + seed.plan + "/export").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", equalTo("attachment; filename=\"plan-" + seed.plan + ".xlsx\"; "
                        + "filename*=UTF-8''2023%E5%B9%B4%E5%B8%82%E6%94%BF%E5%BA%9C%E5%B7%A5%E4%BD%9C%E6%8A%A5%E5%91%8A"
                        + "%E5%AE%8C%E6%88%90%E6%83%85%E5%86%B5%E8%A1%A8.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2023年市政府工作报告完成情况表");
            assertThat(cells(sheet.getRow(1))).isEqualTo(HEADER);
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + 8);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(3);

            List<String> task3 = cells(sheet.getRow(2));
            assertThat(task3.get(2)).isEqualTo("市经信局、定海区政府");
            assertThat(task3.get(4)).isEqualTo("工业投资500亿元以上");
            assertThat(task3.get(5)).isEqualTo("1-12月预计工业投资510亿元以上");
            assertThat(task3.get(6)).isEqualTo("绿灯\n工业投资：预计完成（完成率102%）");

            List<String> task4 = cells(sheet.getRow(3));
            assertThat(task4.get(4)).isEqualTo("规上工业增加值增长10%以上；\n技改投资增长10%以上");
            assertThat(task4.get(5)).isEqualTo("1-11月规上工业增加值增长17.3%；\n1-12月预计技改投资增长60%以上");

            List<String> task6 = cells(sheet.getRow(4));
            assertThat(task6.get(4)).isEqualTo("力争数字经济核心产业增加值增长10%以上");
            assertThat(task6.get(5)).isEmpty();
            assertThat(task6.get(6)).isEqualTo("灰灯\n数字经济核心产业增加值：暂无数据");

            List<String> task8 = cells(sheet.getRow(5));
            assertThat(task8).isEqualTo(List.of("8", "推动国家惠企政策直达快享,全年为企业减负50亿元以上。", "市经信局、市发改委",
                    "市税务局", "为企业减负50亿元以上", "1-11月为企业减负51.5亿元", "绿灯\n为企业减负：已完成（完成率103%）",
                    "1-11月,全市完成减负51.5亿元,其中新增减税降费及退税缓费36.1亿元。"));

            List<String> task12 = cells(sheet.getRow(8));
            assertThat(task12.get(2)).isEqualTo("市经信局(绿色处、消费品处)、市商务局");
            assertThat(task12.get(4)).isEmpty();
        }
    }

    @Test
    void shouldExportCsvThatParsesBack() throws IOException {
        byte[] bytes = given().queryParam("format", "csv").queryParam("asOf", "2023-12-15")
                .get("/api/v1/plans/" + seed.plan + "/export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", startsWith("attachment; filename=\"plan-" + seed.plan + ".csv\"; "
                        + "filename*=UTF-8''"))
                .extract().asByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(2 + 8);
        assertThat(records.get(0).toList()).containsExactly("2023年市政府工作报告完成情况表");
        assertThat(records.get(1).toList()).isEqualTo(HEADER);
        CSVRecord task8 = records.get(5);
        assertThat(task8.get(0)).isEqualTo("8");
        assertThat(task8.get(2)).isEqualTo("市经信局、市发改委");
        assertThat(task8.get(5)).isEqualTo("1-11月为企业减负51.5亿元");
        assertThat(task8.get(7)).isEqualTo("1-11月,全市完成减负51.5亿元,其中新增减税降费及退税缓费36.1亿元。");
        CSVRecord task13 = records.get(9);
        assertThat(task13.get(6)).isEqualTo("红灯\n新增规上工业企业：未完成（完成率83.33%）");
        CSVRecord task11 = records.get(7);
        assertThat(task11.get(4)).isEqualTo("千兆城市");
        assertThat(task11.get(6)).isEqualTo("灰灯\n千兆城市：需人工评定");
    }

    @Test
    void shouldWriteAPersonsVerdictAndAnOverrideIntoTheAssessmentColumn() throws IOException {
        SeedPlan own = new SeedPlan();
        given().contentType("application/json").body(java.util.Map.of("verdict", "MET", "reason", "已获评全国千兆城市"))
                .put("/api/v1/indicators/" + own.indicator("千兆城市") + "/manual-verdict").then().statusCode(200);
        given().contentType("application/json").body(java.util.Map.of("light", "YELLOW", "reason", "待省统计局审核"))
                .put("/api/v1/tasks/" + own.task(13) + "/light-override").then().statusCode(200);
        String text = given().queryParam("format", "CSV").queryParam("asOf", "2023-12-15")
                .get("/api/v1/plans/" + own.plan + "/export").then().statusCode(200).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(7).get(6)).isEqualTo("绿灯\n千兆城市：已完成（人工评定）");
        assertThat(records.get(9).get(6)).isEqualTo("黄灯（人工调整，计算为红灯：待省统计局审核）\n新增规上工业企业：未完成（完成率83.33%）");
    }

    @Test
    void shouldRefuseAnUnknownFormatAndAnUnknownPlan() {
        given().queryParam("format", "pdf").get("/api/v1/plans/" + seed.plan + "/export").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("format"));
        given().get("/api/v1/plans/999999999/export").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldExportXlsxByDefault() {
        given().get("/api/v1/plans/" + seed.plan + "/export").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void shouldAnswerAnUnchangedExportWith304AndTheSameBytesWhenWrittenAgain() throws InterruptedException {
        SeedPlan own = new SeedPlan();
        String path = "/api/v1/plans/" + own.plan + "/export";
        var first = given().get(path).then().statusCode(200).header("ETag", notNullValue()).extract();
        String tag = first.header("ETag");
        given().header("If-None-Match", tag).get(path).then().statusCode(304);
        // Answered from memory: the same file, type and name as rendered.
        byte[] cached = given().get(path).then().statusCode(200).header("ETag", equalTo(tag))
                .contentType(equalTo(first.contentType()))
                .header("Content-Disposition", equalTo(first.header("Content-Disposition"))).extract().asByteArray();
        assertThat(cached).isEqualTo(first.asByteArray());
        given().header("If-None-Match", tag).queryParam("format", "csv").get(path).then().statusCode(200)
                .header("ETag", not(equalTo(tag)));

        // Written again from scratch later (the zip's times have a two-second grain): the same bytes, the same tag.
        cache.clear();
        Thread.sleep(2_100);
        byte[] again = given().get(path).then().statusCode(200).header("ETag", equalTo(tag)).extract().asByteArray();
        assertThat(again).isEqualTo(first.asByteArray());

        // A write the table does not show (a task's status) leaves the file and its tag as they were; one it shows
        // (a person's verdict, in 评估) changes both.
        given().contentType(Api.MERGE_PATCH).body("{\"status\":\"IN_PROGRESS\"}").patch("/api/v1/tasks/" + own.task(13))
                .then().statusCode(200);
        given().header("If-None-Match", tag).get(path).then().statusCode(304);
        given().contentType("application/json").body(java.util.Map.of("verdict", "MET", "reason", "已获评全国千兆城市"))
                .put("/api/v1/indicators/" + own.indicator("千兆城市") + "/manual-verdict").then().statusCode(200);
        given().header("If-None-Match", tag).get(path).then().statusCode(200).header("ETag", not(equalTo(tag)));
    }

    @Test
    void shouldNotAnswerAnInternalPlansExportToAnAnonymousCallerWhateverTagItSends() {
        long internal = Api.createPlan(Api.newRegion(), 2023, "INTERNAL", "内部任务清单");
        String path = "/api/v1/plans/" + internal + "/export";
        String tag = given().get(path).then().statusCode(200).extract().header("ETag");
        Api.anonymous().header("If-None-Match", tag).get(path).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
