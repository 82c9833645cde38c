package org.duban;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The contract document: complete, described, and committed as the build generates it. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path SPEC = Path.of("openapi", "openapi.yaml");

    private JsonNode document() throws IOException {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        return new ObjectMapper().readTree(json);
    }

    @Test
    void shouldSummariseEveryOperationAndDescribeEverySchemaField() throws IOException {
        JsonNode doc = document();
        List<String> missing = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getValue().isObject() && op.getValue().has("responses") && !op.getValue().hasNonNull("summary")) {
                missing.add(op.getKey() + " " + path.getKey());
            }
        }));
        doc.get("components").get("schemas").properties().forEach(schema -> {
            JsonNode properties = schema.getValue().get("properties");
            if (properties != null) {
                properties.properties().forEach(p -> {
                    if (!p.getValue().hasNonNull("description") && !p.getValue().has("$ref")
                            && !p.getValue().has("allOf")) {
                        missing.add(schema.getKey() + "." + p.getKey());
                    }
                });
            }
        });
        assertThat(missing).as("operations without summary and schema fields without description").isEmpty();
        assertThat(doc.get("paths").has("/api/v1/tasks/{id}")).isTrue();
        assertThat(doc.get("components").get("schemas").has("Problem")).isTrue();
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * The build writes openapi/openapi.yaml; when it differs from the committed file, the API changed without its
     * contract being committed. Regenerate with any build (./mvnw package) and commit openapi/.
     */
    @Test
    void shouldMatchTheCommittedSpecification() throws Exception {
        assumeTrue(Files.exists(SPEC), "the build did not write " + SPEC);
        Process git = new ProcessBuilder("git", "show", "HEAD:" + SPEC.toString().replace('\\', '/'))
                .redirectErrorStream(false).start();
        byte[] committed = git.getInputStream().readAllBytes();
        boolean finished = git.waitFor(30, TimeUnit.SECONDS);
        assumeTrue(finished && git.exitValue() == 0, "no git history to compare with");
        String generated = Files.readString(SPEC, StandardCharsets.UTF_8);
        assertThat(generated)
                .as("openapi/openapi.yaml is stale: the build regenerated it; review and commit openapi/")
                .isEqualTo(new String(committed, StandardCharsets.UTF_8));
    }
}
