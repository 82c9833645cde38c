package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** Imports over HTTP: every layout, the dry run, later tables, and each way a document can be refused. */
@QuarkusTest
class ImportResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String PIPE_TABLE = """
            东海市人民政府办公室
            2024年东海市政府工作报告重点任务清单
            序号 | 类别 | 任务内容 | 牵头单位 | 配合单位 | 完成时限 | 进展情况 |
            1 | 产业发展 | 确保规上工业增加值增长8%以上，力争完成固定资产投资800亿元。 | 市发改委 | 市经信局、市统计局 | 2024年12月底 | 1-6月，规上工业增加值增长9.1%。 |
            2 | | 新增5G基站1000个以上。 | 市经信局(信息化处) | 各县(市、区)政府 | 2024年9月底 | 截至6月底，已新增5G基站620个。 |
            3 | 民生保障 | 城镇新增就业2.5万人。 | 市人社局 | | 年底 | 1-6月，城镇新增就业1.4万人。 |
            """;

    private JsonPath importText(String region, String text, boolean dryRun) {
        return given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).queryParam("dryRun", dryRun)
                .post("/api/v1/imports").then().statusCode(dryRun ? 200 : 201).extract().jsonPath();
    }

    @Test
    void shouldPreviewWithoutWritingAnything() {
        String region = Api.newRegion();
        long known = Api.createUnit(region, "市发改委", "MUNICIPAL_DEPARTMENT", null);
        JsonPath preview = importText(region, PIPE_TABLE, true);
        assertThat(preview.getString("plan.title")).isEqualTo("2024年东海市政府工作报告重点任务清单");
        assertThat(preview.getInt("plan.year")).isEqualTo(2024);
        assertThat(preview.getList("tasks")).hasSize(3);
        List<Map<String, Object>> units = preview.getList("tasks[0].units");
        assertThat(((Number) units.get(0).get("matchedUnitId")).longValue()).isEqualTo(known);
        assertThat(units.get(1).get("role")).isEqualTo("SUPPORTING");
        assertThat(units.get(1).get("matchedUnitId")).isNull();
        assertThat(preview.getList("tasks[1].units[0].divisions.name", String.class)).containsExactly("信息化处");
        assertThat(preview.getString("tasks[1].units[1].name")).isEqualTo("各县(市、区)政府");
        assertThat(preview.getString("tasks[1].dueDate")).isEqualTo("2024-09-30");
        assertThat(preview.getList("newUnits.name", String.class))
                .contains("市经信局", "市统计局", "信息化处", "各县(市、区)政府", "市人社局");
        assertThat(preview.getInt("wouldCreate.tasks")).isEqualTo(3);
        assertThat(preview.getList("tasks[0].indicators.name", String.class)).contains("规上工业增加值");

        given().queryParam("region", region).get("/api/v1/plans").then().body("totalItems", equalTo(0));
        given().queryParam("region", region).get("/api/v1/units").then().body("totalItems", equalTo(1));
        given().contentType("text/plain; charset=utf-8").body(PIPE_TABLE.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).queryParam("dryRun", "yes").post("/api/v1/imports")
                .then().statusCode(400).body("violations[0].field", equalTo("dryRun"));
        given().queryParam("region", region).get("/api/v1/plans").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldImportAPipeTableWithSupportingUnitsDueDatesAndCategories() {
        String region = Api.newRegion();
        JsonPath result = importText(region, PIPE_TABLE, false);
        long plan = result.getLong("planId");
        JsonPath tasks = given().queryParam("plan", plan).get("/api/v1/tasks").then().statusCode(200)
                .body("totalItems", equalTo(3)).extract().jsonPath();
        assertThat(tasks.getList("items[0].units.role", String.class)).containsExactly("LEAD", "SUPPORTING", "SUPPORTING");
        assertThat(tasks.getString("items[0].dueDate")).isEqualTo("2024-12-31");
        assertThat(tasks.getString("items[2].dueDate")).isEqualTo("2024-12-31");
        long firstTask = tasks.getLong("items[0].id");
        JsonPath indicators = given().get("/api/v1/tasks/" + firstTask + "/indicators").then().extract().jsonPath();
        assertThat(indicators.getList("items.name", String.class)).contains("规上工业增加值", "固定资产投资");
        assertThat(indicators.getString("items.find { it.name == '固定资产投资' }.commitment")).isEqualTo("STRETCH");
        assertThat(indicators.getString("items.find { it.name == '规上工业增加值' }.latestMeasurement.value"))
                .isEqualTo("9.1");
        given().get("/api/v1/plans/" + plan).then().body("disclosure", equalTo("INTERNAL"));
    }

    @Test
    void shouldUpdateTasksAndAddActualsFromALaterTableOfThePlan() {
        String region = Api.newRegion();
        long plan = importText(region, PIPE_TABLE, false).getLong("planId");
        String later = PIPE_TABLE.replace("1-6月，规上工业增加值增长9.1%。", "1-11月，规上工业增加值增长9.8%。")
                .replace("2024年9月底", "2024年10月底");
        JsonPath result = importText(region, later, false);
        assertThat(result.getLong("planId")).isEqualTo(plan);
        assertThat(result.getInt("created.tasks")).isZero();
        assertThat(result.getInt("created.measurements")).isEqualTo(1);
        assertThat(result.getInt("updated.tasks")).isEqualTo(1);
        assertThat(result.getInt("created.progressReports")).isEqualTo(1);
        long firstTask = given().queryParam("plan", plan).get("/api/v1/tasks").then().extract().jsonPath()
                .getLong("items[0].id");
        given().get("/api/v1/tasks/" + firstTask + "/indicators").then()
                .body("items.find { it.name == '规上工业增加值' }.latestMeasurement.value", equalTo(9.8f))
                .body("items.find { it.name == '规上工业增加值' }.latestMeasurement.period.label", equalTo("1-11月"));
    }

    @Test
    void shouldKeepAFirmAndAStretchTargetOfOneNameAndChangeNothingOnReimport() {
        String region = Api.newRegion();
        String text = "2024年北岭市政府工作报告任务清单\n任务内容 | 牵头单位 |\n确保地区生产总值增长6.5%、力争7%。 | 市发改委 |\n";
        JsonPath first = importText(region, text, false);
        assertThat(first.getInt("created.indicators")).isEqualTo(2);
        long task = given().queryParam("plan", first.getLong("planId")).get("/api/v1/tasks").then().extract()
                .jsonPath().getLong("items[0].id");
        given().get("/api/v1/tasks/" + task + "/indicators").then()
                .body("items.commitment", org.hamcrest.Matchers.containsInAnyOrder("FIRM", "STRETCH"));
        JsonPath again = importText(region, text, false);
        assertThat(again.getMap("created").values()).allMatch(v -> ((Integer) v) == 0);
        assertThat(again.getMap("updated").values()).allMatch(v -> ((Integer) v) == 0);
    }

    @Test
    void shouldSettleOrdinalsWhenALaterTableDropsARow() {
        String region = Api.newRegion();
        String full = "2024年南岭市重点任务清单\n序号 | 任务内容 | 牵头单位 |\n1 | 任务甲。 | 市发改委 |\n"
                + "2 | 任务乙。 | 市发改委 |\n3 | 任务丙。 | 市发改委 |\n";
        long plan = importText(region, full, false).getLong("planId");
        // Row 2 is gone and 任务丙 is now numbered 2, while the plan still holds 任务乙 as number 2.
        String later = "2024年南岭市重点任务清单\n序号 | 任务内容 | 牵头单位 |\n1 | 任务甲。 | 市发改委 |\n"
                + "2 | 任务丙。 | 市发改委 |\n";
        JsonPath once = importText(region, later, false);
        assertThat(once.getInt("created.tasks")).isZero();
        JsonPath twice = importText(region, later, false);
        assertThat(twice.getMap("updated").values()).allMatch(v -> ((Integer) v) == 0);
        given().queryParam("plan", plan).get("/api/v1/tasks").then()
                .body("items.content", org.hamcrest.Matchers.contains("任务甲。", "任务乙。", "任务丙。"));
    }

    @Test
    void shouldImportCsvWithTitleRowsBomAndATotalsRow() {
        String region = Api.newRegion();
        String csv = "\uFEFF2023年南湖区重点工作任务表,,,,\n"
                + "序号,工作任务,责任单位,配合单位,完成时限\n"
                + "1,\"新增个转企 200 家、规上工业企业 60 家\",区市场监管局,\"区经信局，区税务局\",2023-12-31\n"
                + "2,\"推进数字化改造，全年完成技改投资 20.26 亿元\",区经信局,,2023年12月底\n"
                + "合计,,,,\n";
        JsonPath result = given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).post("/api/v1/imports").then().statusCode(201).extract().jsonPath();
        assertThat(result.getInt("created.tasks")).isEqualTo(2);
        assertThat(result.getInt("created.indicators")).isEqualTo(3);
        long plan = result.getLong("planId");
        given().get("/api/v1/plans/" + plan).then().body("title", equalTo("2023年南湖区重点工作任务表"))
                .body("year", equalTo(2023));
        JsonPath tasks = given().queryParam("plan", plan).get("/api/v1/tasks").then().extract().jsonPath();
        assertThat(tasks.getList("items[0].units.name", String.class)).containsExactly("区市场监管局", "区经信局", "区税务局");
        String body = given().get("/api/v1/tasks/" + tasks.getLong("items[1].id") + "/indicators").then()
                .extract().asString();
        assertThat(body).contains("\"value\":20.26,");
    }

    @Test
    void shouldImportAnXlsxWithATitleRowMergedCellsAndATotalsRow() throws IOException {
        String region = Api.newRegion();
        byte[] workbook = workbook();
        JsonPath result = given().contentType(XLSX).body(workbook).queryParam("region", region)
                .post("/api/v1/imports").then().statusCode(201).extract().jsonPath();
        assertThat(result.getInt("created.tasks")).isEqualTo(3);
        long plan = result.getLong("planId");
        given().get("/api/v1/plans/" + plan).then().body("title", equalTo("2023年西湖市重点任务完成情况表"));
        JsonPath tasks = given().queryParam("plan", plan).get("/api/v1/tasks").then().extract().jsonPath();
        // 牵头单位 merged over the first two rows gives both the same lead unit.
        assertThat(tasks.getList("items.collect { it.units[0].name }", String.class))
                .containsExactly("市经信局", "市经信局", "市商务局");
        long second = tasks.getLong("items[1].id");
        given().get("/api/v1/tasks/" + second + "/indicators").then()
                .body("items[0].name", equalTo("工业投资"))
                .body("items[0].target.value", equalTo(500))
                .body("items[0].latestMeasurement.value", equalTo(20.26f));
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("完成情况");
            sheet.createRow(0).createCell(0).setCellValue("2023年西湖市重点任务完成情况表");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            String[] header = {"序号", "任务内容", "牵头单位", "目标值", "完成值"};
            XSSFRow head = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {1, "新增规上工业企业60家", "市经信局", "60家", "1-11月新增规上工业企业65家"},
                    {2, "实现工业投资500亿元以上", null, "500亿元以上", "1-11月完成工业投资20.26亿元"},
                    {3, "推进外贸稳中提质", "市商务局", null, null},
                    {"合计", null, null, null, null}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 2, 2));
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void shouldImportATableWrittenOneCellPerParagraph() {
        String region = Api.newRegion();
        String text = String.join("\n", "2024年北湖区民生实事项目表", "序号", "项目内容", "责任单位", "完成时限",
                "1", "新建5G基站1000个以上。", "区经信局", "2024年12月底",
                "2", "城镇新增就业2.5万人。", "区人社局、区财政局", "2024年6月底") + "\n";
        long plan = importText(region, text, false).getLong("planId");
        JsonPath tasks = given().queryParam("plan", plan).get("/api/v1/tasks").then().body("totalItems", equalTo(2))
                .extract().jsonPath();
        assertThat(tasks.getList("items[1].units.name", String.class)).containsExactly("区人社局", "区财政局");
        assertThat(tasks.getString("items[1].dueDate")).isEqualTo("2024-06-30");
        given().get("/api/v1/tasks/" + tasks.getLong("items[0].id") + "/indicators").then()
                .body("items[0].kind", equalTo("COUNT")).body("items[0].target.value", equalTo(1000))
                .body("items[0].target.unit", equalTo("个"));
        given().get("/api/v1/tasks/" + tasks.getLong("items[1].id") + "/indicators").then()
                .body("items[0].target.value", equalTo(2.5f)).body("items[0].target.unit", equalTo("万人"));
    }

    @Test
    void shouldReadFullWidthPunctuationAndDigits() {
        String region = Api.newRegion();
        String text = "２０２３年东湖市政府工作报告完成情况表\n"
                + "序号｜任务内容｜牵头单位｜完成情况｜\n"
                + "１｜全年为企业减负５０亿元以上。｜市经信局（绿色处），市财政局；市税务局｜１－１１月，全市完成减负５１．５亿元。｜\n";
        long plan = importText(region, text, false).getLong("planId");
        given().get("/api/v1/plans/" + plan).then().body("year", equalTo(2023));
        JsonPath tasks = given().queryParam("plan", plan).get("/api/v1/tasks").then().body("totalItems", equalTo(1))
                .extract().jsonPath();
        assertThat(tasks.getList("items[0].units.name", String.class)).containsExactly("市经信局", "市财政局", "市税务局");
        assertThat(tasks.getList("items[0].units[0].divisions.name", String.class)).containsExactly("绿色处");
        given().get("/api/v1/tasks/" + tasks.getLong("items[0].id") + "/indicators").then()
                .body("items[0].target.value", equalTo(50)).body("items[0].target.unit", equalTo("亿元"))
                .body("items[0].latestMeasurement.value", equalTo(51.5f))
                .body("items[0].latestMeasurement.period.to", equalTo("2023-11-30"));
    }

    @Test
    void shouldAcceptABrowserUpload() {
        String region = Api.newRegion();
        // Written by hand as a browser sends it: the file name in UTF-8, which REST Assured would turn into '?'.
        String boundary = "----duban-boundary";
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"清单.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + PIPE_TABLE + "\r\n--" + boundary + "--\r\n";
        given().contentType("multipart/form-data; boundary=" + boundary).body(form.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).post("/api/v1/imports")
                .then().statusCode(201).body("created.tasks", equalTo(3))
                .extract().jsonPath();
        given().queryParam("region", region).get("/api/v1/imports").then()
                .body("items[0].sourceName", equalTo("清单.txt"));
    }

    @Test
    void shouldRefuseADocumentWithoutATable() {
        String region = Api.newRegion();
        given().contentType("text/plain; charset=utf-8").body("这是一段没有表格的文字。\n第二行。".getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).post("/api/v1/imports")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("表头"));
        given().queryParam("region", region).get("/api/v1/plans").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseATableWithoutATitleUnlessOneIsGiven() {
        String region = Api.newRegion();
        String table = "任务内容 | 牵头单位 |\n新增个转企200家 | 市市场监管局 |\n";
        given().contentType("text/plain; charset=utf-8").body(table.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).post("/api/v1/imports")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("planTitle"));
        given().contentType("text/plain; charset=utf-8").body(table.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).queryParam("planTitle", "重点任务").queryParam("year", 2025)
                .post("/api/v1/imports").then().statusCode(201);
    }

    @Test
    void shouldRefuseUnreadableBytesUnsupportedTypesAndAMissingRegion() {
        given().contentType(XLSX).body("这不是工作簿".getBytes(StandardCharsets.UTF_8)).queryParam("region", "东海市")
                .post("/api/v1/imports").then().statusCode(400).contentType(PROBLEM);
        given().contentType("text/plain; charset=utf-8").body(new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xd8, 1})
                .queryParam("region", "东海市").post("/api/v1/imports").then().statusCode(400).contentType(PROBLEM);
        given().contentType("application/json").body("{}").queryParam("region", "东海市")
                .post("/api/v1/imports").then().statusCode(415).contentType(PROBLEM);
        given().contentType("text/plain; charset=utf-8").body(PIPE_TABLE.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports").then().statusCode(400).body("violations[0].field", equalTo("region"));
        given().contentType("text/plain; charset=utf-8").body(PIPE_TABLE.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", "东海市").queryParam("year", 1000000000)
                .post("/api/v1/imports").then().statusCode(400).body("violations[0].field", equalTo("year"));
        given().contentType("text/plain; charset=utf-8").body(PIPE_TABLE.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", "东".repeat(101))
                .post("/api/v1/imports").then().statusCode(400).body("violations[0].field", equalTo("region"));
    }

    @Test
    void shouldRefuseADocumentOverTheSizeLimit() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        given().contentType("text/plain; charset=utf-8").body(big).queryParam("region", "东海市")
                .post("/api/v1/imports").then().statusCode(413).contentType(PROBLEM)
                .body("detail", containsString("duban.import.max-bytes"));
    }

    @Test
    void shouldAnswer404ForAnUnknownImport() {
        given().get("/api/v1/imports/987654321").then().statusCode(404).contentType(PROBLEM)
                .body("instance", equalTo("/api/v1/imports/987654321"));
        given().queryParam("plan", 987654321).get("/api/v1/imports").then().statusCode(200)
                .body("items", hasSize(0)).body("items[0]", nullValue());
    }
}
