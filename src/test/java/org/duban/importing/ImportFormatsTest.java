package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.duban.importing.table.TestDocuments;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** Web pages, Word and Excel 97–2003 files over HTTP: detection from the bytes, table=N, the preview's tables, refusals. */
@QuarkusTest
class ImportFormatsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void shouldPreviewAWebPageListingItsTables() {
        String region = Api.newRegion();
        JsonPath preview = given().contentType("text/html; charset=utf-8")
                .body(TestDocuments.html().getBytes(StandardCharsets.UTF_8)).queryParam("region", region)
                .queryParam("dryRun", true).post("/api/v1/imports").then().statusCode(200).extract().jsonPath();

        assertThat(preview.getString("plan.title")).isEqualTo("东海市2024年政府工作报告重点工作任务上半年进展情况");
        assertThat(preview.getInt("plan.year")).isEqualTo(2024);
        assertThat(preview.getList("tasks.content", String.class))
                .containsExactly("工业投资增长10%以上", "新增规上工业企业60家", "新增学位3800个");
        assertThat(preview.getList("tasks[1].units.name", String.class)).containsExactly("市经信局");
        List<Map<String, Object>> tables = preview.getList("tables");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0)).containsEntry("index", 1).containsEntry("caption", "表1：上半年重点工作完成情况")
                .containsEntry("rowCount", 3).containsEntry("hasTaskColumn", true).containsEntry("selected", true);
        assertThat(tables.get(1)).containsEntry("index", 2).containsEntry("selected", false);
        given().queryParam("region", region).get("/api/v1/plans").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldImportTheTableThatTableNames() {
        String region = Api.newRegion();
        JsonPath preview = given().contentType("text/html").body(TestDocuments.html().getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).queryParam("dryRun", true).queryParam("table", 2)
                .post("/api/v1/imports").then().statusCode(200).extract().jsonPath();

        assertThat(preview.getList("tasks.content", String.class)).containsExactly("改造老旧小区20个");
        assertThat(preview.getBoolean("tables[1].selected")).isTrue();
        given().contentType("text/html").body(TestDocuments.html().getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).queryParam("table", 3).post("/api/v1/imports")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("table"));
        given().queryParam("region", region).get("/api/v1/plans").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldImportWordAndLegacyExcelWhateverTheirDeclaredType() {
        String region = Api.newRegion();
        given().contentType(DOCX).body(TestDocuments.docx()).queryParam("region", region).post("/api/v1/imports")
                .then().statusCode(201).body("created.tasks", equalTo(3));
        given().queryParam("region", region).get("/api/v1/plans").then()
                .body("items[0].title", equalTo("东海市2024年民生实事项目上半年进展情况"));

        String other = Api.newRegion();
        given().contentType("application/octet-stream").body(TestDocuments.xls()).queryParam("region", other)
                .post("/api/v1/imports").then().statusCode(201).body("created.tasks", equalTo(2));
        given().queryParam("region", other).get("/api/v1/plans").then()
                .body("items[0].title", equalTo("东海市2024年重点项目投资完成情况表")).body("items[0].year", equalTo(2024));

        String pasted = Api.newRegion();
        given().contentType("text/plain; charset=utf-8").body(TestDocuments.html().getBytes(StandardCharsets.UTF_8))
                .queryParam("region", pasted).post("/api/v1/imports").then().statusCode(201)
                .body("created.tasks", equalTo(3));
    }

    @Test
    void shouldTakeTitleAndYearFromTheFileNameOfAnUpload() throws IOException {
        byte[] untitled;
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = word.createTable(2, 3);
            String[][] cells = {{"项目名称", "责任单位", "进展情况"}, {"新增学位3800个", "市教育局", "已新增学位2100个"}};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            word.write(out);
            untitled = out.toByteArray();
        }
        String region = Api.newRegion();
        String boundary = "----duban-boundary";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"2024年民生实事项目进展情况.docx\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        form.write(untitled);
        form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        given().contentType("multipart/form-data; boundary=" + boundary).body(form.toByteArray())
                .queryParam("region", region).post("/api/v1/imports").then().statusCode(201);
        given().queryParam("region", region).get("/api/v1/plans").then()
                .body("items[0].title", equalTo("2024年民生实事项目进展情况")).body("items[0].year", equalTo(2024));

        given().contentType(DOCX).body(untitled).queryParam("region", Api.newRegion()).post("/api/v1/imports")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("planTitle"));
    }

    @Test
    void shouldRefuseAZipBombBeforeExpandingItAndWriteNothing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        String region = Api.newRegion();
        given().contentType(DOCX).body(bytes.toByteArray()).queryParam("region", region).post("/api/v1/imports")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("word/document.xml"));
        given().queryParam("region", region).get("/api/v1/plans").then().body("totalItems", equalTo(0));
        given().queryParam("region", region).get("/api/v1/units").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseBrokenWordFilesAndLegacyWordWith400() {
        byte[] docx = TestDocuments.docx();
        given().contentType(DOCX).body(java.util.Arrays.copyOf(docx, docx.length / 2))
                .queryParam("region", Api.newRegion()).post("/api/v1/imports").then().statusCode(400)
                .contentType(PROBLEM);
        given().contentType("application/msword").body(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2})
                .queryParam("region", Api.newRegion()).post("/api/v1/imports").then().statusCode(400)
                .contentType(PROBLEM);
    }
}
