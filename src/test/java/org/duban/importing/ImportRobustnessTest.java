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
            "application/vnd.ms-excel"};

    @Test
    void shouldNeverAnswer5xxNorWritePartially() throws IOException {
        List<byte[]> documents = new ArrayList<>();
        String seed = new String(SeedImportTest.seed(), StandardCharsets.UTF_8);
        documents.addAll(mutatedSeeds(seed).sampleStream().limit(60).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .toList());
        documents.addAll(Arbitraries.strings().withChars("|，、（）()：:；;%％0123456789一二亿元万家增长以上任务内容牵头单位完成情况\n ")
                .ofMaxLength(400).sampleStream().limit(30).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList());
        documents.addAll(Arbitraries.bytes().array(byte[].class).ofMaxSize(300).sampleStream().limit(20).toList());

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
