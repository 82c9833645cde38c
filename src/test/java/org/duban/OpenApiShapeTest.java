package org.duban;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI document promises generators and validators: Chinese summaries with English descriptions, a schema
 * for every JSON success, merge-patch bodies without required fields, paging bounds, and valid security schemes.
 */
@QuarkusTest
class OpenApiShapeTest {

    private JsonNode doc;

    @BeforeEach
    void read() throws IOException {
        doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void shouldServeEveryOperationUnderTheApplicationPath() {
        List<String> outside = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/api/v1/")) {
                outside.add(path);
            }
        });
        assertThat(outside).as("paths outside /api/v1 (the pages are not part of the API)").isEmpty();
        assertThat(doc.get("paths").has("/api/v1/tasks")).isTrue();
    }

    @Test
    void shouldSummariseInChineseAndDescribeInEnglish() {
        List<String> wrong = new ArrayList<>();
        operations((name, op) -> {
            String summary = op.path("summary").asText("");
            String description = op.path("description").asText("");
            if (summary.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    || description.isBlank() || !Character.isUpperCase(description.charAt(0))) {
                wrong.add(name + ": " + summary + " / " + description);
            }
        });
        assertThat(wrong).as("operations without a Chinese summary and an English description").isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1tasks/get/summary").asText()).isEqualTo("任务列表");
        assertThat(doc.at("/paths/~1api~1v1~1tasks/get/description").asText()).startsWith("List tasks.");
    }

    @Test
    void shouldNameTheSchemaOfEveryJsonSuccess() {
        List<String> unnamed = new ArrayList<>();
        operations((name, op) -> op.path("responses").fields().forEachRemaining(response -> {
            JsonNode json = response.getValue().path("content").path("application/json");
            if (response.getKey().startsWith("2") && !json.isMissingNode() && !json.path("schema").has("$ref")) {
                unnamed.add(name + " " + response.getKey());
            }
        }));
        assertThat(unnamed).as("JSON successes without a named schema").isEmpty();
        JsonNode tasks = doc.at("/paths/~1api~1v1~1tasks/get/responses/200/content/application~1json/schema");
        assertThat(tasks.path("$ref").asText()).isEqualTo("#/components/schemas/TaskPage");
        assertThat(schema("TaskPage").at("/properties/items/items/$ref").asText())
                .isEqualTo("#/components/schemas/Task");
        assertThat(doc.at("/paths/~1api~1v1~1plans/post/responses/201/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Plan");
    }

    @Test
    void shouldTakeMergePatchesWithoutRequiredFields() {
        List<String> requiring = new ArrayList<>();
        operations((name, op) -> {
            JsonNode body = op.path("requestBody").path("content").path("application/merge-patch+json");
            if (!body.isMissingNode()) {
                JsonNode schema = schema(body.path("schema").path("$ref").asText().replace("#/components/schemas/", ""));
                if (schema.isMissingNode() || schema.path("required").size() > 0) {
                    requiring.add(name);
                }
            }
        });
        assertThat(requiring).as("merge patches whose schema requires fields").isEmpty();
        assertThat(schema("TaskPatch").path("properties").has("status")).isTrue();
        assertThat(schema("TaskRequest").path("required").size()).isPositive();
    }

    @Test
    void shouldBoundPageAndSizeWherePaged() {
        List<String> unbounded = new ArrayList<>();
        int[] paged = {0};
        operations((name, op) -> op.path("parameters").forEach(p -> {
            JsonNode schema = p.path("schema");
            switch (p.path("name").asText()) {
                case "page" -> {
                    paged[0]++;
                    if (schema.path("minimum").asInt(-1) != 0) {
                        unbounded.add(name + " page");
                    }
                }
                case "size" -> {
                    if (schema.path("minimum").asInt(-1) != 1 || schema.path("maximum").asInt(-1) != 200) {
                        unbounded.add(name + " size");
                    }
                }
                default -> {
                }
            }
        }));
        assertThat(paged[0]).isEqualTo(13);
        assertThat(unbounded).isEmpty();
    }

    @Test
    void shouldOfferOnlyUsableSecuritySchemes() {
        JsonNode schemes = doc.at("/components/securitySchemes");
        assertThat(schemes.fieldNames()).toIterable().containsExactlyInAnyOrder("basic", "bearer");
        assertThat(doc.at("/paths/~1api~1v1~1plans/post/security").toString())
                .contains("{\"basic\":[\"editor\"]}", "{\"bearer\":[\"editor\"]}");
    }

    private JsonNode schema(String name) {
        return doc.path("components").path("schemas").path(name);
    }

    private void operations(BiConsumer<String, JsonNode> each) {
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
                each.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }
}
