package org.duban.bench;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.duban.support.Api;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Import timings over HTTP: the seed, and generated 1,000-row CSV, XLSX, HTML and DOCX tables. A benchmark, not a test: it is
 * excluded from the normal suite and asserts only that the imports did their work. Run it with
 * {@code ./mvnw test -Dtest=ImportBenchmark -DexcludedGroups=none} and read the "benchmark" log lines.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int ROWS = 1000;

    @Test
    void measureImports() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/2023-zhoushan-completion-table.txt")) {
            seed = in.readAllBytes();
        }
        // Warm-up: the first request pays for class loading and JIT.
        post(seed, "text/plain; charset=utf-8", Api.newRegion(), false);
        long seedTotal = 0;
        for (int i = 0; i < 10; i++) {
            seedTotal += post(seed, "text/plain; charset=utf-8", Api.newRegion(), false);
        }
        Log.infof("benchmark: seed import (12 tasks), mean of 10: %d ms", seedTotal / 10);

        byte[] csv = csv();
        String region = Api.newRegion();
        Log.infof("benchmark: %d-row CSV (%d KiB) dry run: %d ms", ROWS, csv.length / 1024,
                post(csv, "text/csv", region, true));
        Log.infof("benchmark: %d-row CSV import: %d ms", ROWS, post(csv, "text/csv", region, false));
        Log.infof("benchmark: %d-row CSV imported again (no change): %d ms", ROWS, post(csv, "text/csv", region, false));
        given().queryParam("region", region).queryParam("size", 1).get("/api/v1/plans").then().statusCode(200);

        byte[] xlsx = xlsx();
        Log.infof("benchmark: %d-row XLSX (%d KiB) import: %d ms", ROWS, xlsx.length / 1024,
                post(xlsx, XLSX, Api.newRegion(), false));

        byte[] html = html();
        Log.infof("benchmark: %d-row HTML (%d KiB) import: %d ms", ROWS, html.length / 1024,
                post(html, "text/html; charset=utf-8", Api.newRegion(), false));

        byte[] docx = docx();
        Log.infof("benchmark: %d-row DOCX (%d KiB) import: %d ms", ROWS, docx.length / 1024,
                post(docx, DOCX, Api.newRegion(), false));
    }

    /** A saved page: chrome around the article, a 牵头单位 merged over pairs of rows. */
    private static byte[] html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>2023年基准市重点任务清单_基准市人民政府</title></head><body><nav><a>首页</a></nav>"
                + "<h1>2023年基准市重点任务清单</h1><table><tr><th>序号</th><th>任务内容</th><th>牵头单位</th>"
                + "<th>配合单位</th><th>完成时限</th><th>进展情况</th></tr>");
        for (int i = 1; i <= ROWS; i++) {
            String[] cells = row(i);
            html.append("<tr>");
            for (int c = 0; c < cells.length; c++) {
                if (c == 2 && i % 2 == 0) {
                    continue; // covered by the rowspan of the row above
                }
                html.append(c == 2 && i < ROWS ? "<td rowspan=\"2\">" : "<td>").append(cells[c]).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table><footer>版权所有</footer></body></html>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            word.createParagraph().createRun().setText("2023年基准市重点任务清单");
            String[] header = {"序号", "任务内容", "牵头单位", "配合单位", "完成时限", "进展情况"};
            XWPFTable table = word.createTable(ROWS + 1, header.length);
            for (int c = 0; c < header.length; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
            }
            for (int i = 1; i <= ROWS; i++) {
                String[] cells = row(i);
                for (int c = 0; c < cells.length; c++) {
                    table.getRow(i).getCell(c).setText(cells[c]);
                }
            }
            word.write(out);
            return out.toByteArray();
        }
    }

    private static long post(byte[] body, String type, String region, boolean dryRun) {
        long start = System.nanoTime();
        int status = given().contentType(type).body(body).queryParam("region", region).queryParam("dryRun", dryRun)
                .post("/api/v1/imports").then().extract().statusCode();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(status).isEqualTo(dryRun ? 200 : 201);
        return millis;
    }

    private static String[] row(int i) {
        String[] units = {"市发改委", "市经信局", "市财政局", "市商务局", "市科技局", "市人社局", "市交通局", "市税务局"};
        return new String[] {String.valueOf(i), "重点任务" + i + "：实现工业投资" + (100 + i) + "亿元以上，新增规上工业企业" + (i % 90 + 10) + "家。",
                units[i % units.length] + "、" + units[(i + 3) % units.length], units[(i + 5) % units.length],
                "2023年12月底", "1-11月，完成工业投资" + (90 + i) + ".5亿元，新增规上工业企业" + (i % 90 + 12) + "家。"};
    }

    private static byte[] csv() {
        StringBuilder csv = new StringBuilder("2023年基准市重点任务清单\n序号,任务内容,牵头单位,配合单位,完成时限,进展情况\n");
        for (int i = 1; i <= ROWS; i++) {
            String[] cells = row(i);
            for (int c = 0; c < cells.length; c++) {
                csv.append(c == 0 ? "" : ",").append('"').append(cells[c]).append('"');
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("清单");
            sheet.createRow(0).createCell(0).setCellValue("2023年基准市重点任务清单");
            String[] header = {"序号", "任务内容", "牵头单位", "配合单位", "完成时限", "进展情况"};
            XSSFRow head = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int i = 1; i <= ROWS; i++) {
                XSSFRow row = sheet.createRow(i + 1);
                String[] cells = row(i);
                row.createCell(0).setCellValue(i);
                for (int c = 1; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
