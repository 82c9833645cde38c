package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import java.util.Arrays;
import org.duban.importing.table.TestDocuments;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Whatever the bytes, an import answers a 2xx or a 4xx problem, never a 5xx, and a refused import writes nothing.
 * Documents come from jqwik generators (random text, random bytes, and the seed mutated line by line) and are sent
 * over HTTP to the running service.
 */
@QuarkusTest
class ImportRobustnessTest {

    private static final String[] TYPES = {"text/plain; charset=utf-8", "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream",
            "application/vnd.ms-excel", "text/html",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"};

    @Test
    void shouldNeverAnswer5xxNorWritePartially() throws IOException {
        List<byte[]> documents = new ArrayList<>();
        String seed = new String(SeedImportTest.seed(), StandardCharsets.UTF_8);
        documents.addAll(mutatedSeeds(seed).sampleStream().limit(60).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toList());
        documents.addAll(Arbitraries.strings().withChars("|，、（）()：:；;%％0123456789一二亿元万家增长以上任务内容牵头单位完成情况\n ")
                .ofMaxLength(400).sampleStream().limit(30).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        documents.addAll(Arbitraries.bytes().array(byte[].class).ofMaxSize(300).sampleStream().limit(20).toList());
        // Word, legacy Excel and web pages: bytes flipped, cut short, markup spliced in.
        documents.addAll(mutatedBytes(TestDocuments.docx()).sampleStream().limit(25).toList());
        documents.addAll(mutatedBytes(TestDocuments.xls()).sampleStream().limit(20).toList());
        documents.addAll(mutatedHtml(TestDocuments.html()).sampleStream().limit(25)
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());

        Random random = new Random(42);
        int accepted = 0;
        for (byte[] document : documents) {
            String region = Api.newRegion();
            String type = TYPES[random.nextInt(TYPES.length)];
            Response response = given().contentType(type).body(document).queryParam("region", region)
                    .queryParam("planTitle", random.nextBoolean() ? "随机文档" : null)
                    .queryParam("year", random.nextBoolean() ? 2023 : null)
                    .post("/api/v1/imports");
            int status = response.statusCode();
            assertThat(status).as("status for a %s document of %d bytes", type, document.length).isLessThan(500);
            if (status >= 400) {
                assertThat(response.contentType()).startsWith("application/problem+json");
                given().queryParam("region", region).get("/api/v1/plans").then().statusCode(200)
                        .body("totalItems", org.hamcrest.Matchers.equalTo(0));
                given().queryParam("region", region).get("/api/v1/units").then().statusCode(200)
                        .body("totalItems", org.hamcrest.Matchers.equalTo(0));
            } else {
                accepted++;
            }
        }
        // The mutated seeds mostly still hold a table: the property is not vacuous.
        assertThat(accepted).isGreaterThan(10);
    }

    /** A document with a byte changed, or cut short. */
    private static Arbitrary<byte[]> mutatedBytes(byte[] original) {
        return Combinators.combine(Arbitraries.integers().between(0, original.length - 1), Arbitraries.bytes(),
                Arbitraries.integers().between(0, 2)).as((at, value, kind) -> {
                    if (kind == 0) {
                        return Arrays.copyOf(original, at);
                    }
                    byte[] copy = original.clone();
                    copy[at] = value;
                    return copy;
                });
    }

    /** A web page with markup inserted anywhere: spans out of range, unclosed tables, stray cells. */
    private static Arbitrary<String> mutatedHtml(String page) {
        Arbitrary<String> insertion = Arbitraries.of("<table>", "</table>", "<tr>", "<td rowspan=\"99999\">",
                "<td colspan=\"-3\">", "<th colspan=\"2147483648\">任务内容</th>", "<br>", "<!--", "<script>", "</td>",
                "\u0000", "<table><tr><td>任务内容</td><td>牵头单位</td></tr>");
        return Combinators.combine(Arbitraries.integers().between(0, page.length()), insertion,
                Arbitraries.integers().between(0, 2)).as((at, text, kind) -> kind == 0 ? page.substring(0, at)
                        : page.substring(0, at) + text + page.substring(at));
    }

    /** The seed with lines dropped, duplicated, cut short, joined, or with separators and digits changed. */
    private static Arbitrary<String> mutatedSeeds(String seed) {
        List<String> lines = List.of(seed.split("\n", -1));
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6).map(ops -> {
            List<String> out = new ArrayList<>(lines);
            for (int op : ops) {
                int i = op % out.size();
                String line = out.get(i);
                switch (op % 6) {
                    case 0 -> out.remove(i);
                    case 1 -> out.add(i, line);
                    case 2 -> out.set(i, line.substring(0, line.length() / 2));
                    case 3 -> out.set(i, line.replace("|", ""));
                    case 4 -> out.set(i, line.replaceAll("\\d", "９"));
                    default -> out.set(i, line + "|" + line);
                }
                if (out.isEmpty()) {
                    out.add("");
                }
            }
            return String.join("\n", out);
        });
    }
}
