package org.duban;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.duban.support.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * Every example of the committed OpenAPI document is valid against the schema it illustrates: the {@code examples} of
 * each schema (component schemas and each of their properties, parameters, request and response bodies), and the
 * {@code example}/{@code examples} of parameters and media types. A client author copies these; a wrong one is a bug
 * of the contract. Plain JUnit: it reads {@code openapi/openapi.yaml}, as committed.
 */
class OpenApiExamplesTest {

    @Test
    void shouldHaveEveryExampleValidAgainstItsSchema() {
        OpenApiContract contract = OpenApiContract.committed();
        AtomicInteger checked = new AtomicInteger();
        List<String> invalid = exampleErrors(contract, checked);
        assertThat(invalid).as("examples of openapi/openapi.yaml that their own schema refuses").isEmpty();
        // The document holds hundreds of examples; far fewer means the walk lost its way, not that they vanished.
        assertThat(checked.get()).as("examples checked").isGreaterThan(200);
    }

    @Test
    void shouldNoticeAnExampleItsSchemaRefuses() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("""
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                 "paths": {"/api/v1/tasks/{id}": {"get": {
                   "parameters": [{"name": "id", "in": "path", "required": true, "example": "three",
                                   "schema": {"type": "integer", "format": "int64"}}],
                   "responses": {"200": {"description": "ok", "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/Task"},
                     "examples": {"one": {"value": {"id": 3, "parentId": "null", "dueDate": "2023-02-30"}}}}}}}}}},
                 "components": {"schemas": {"Task": {"type": "object", "properties": {
                   "id": {"type": "integer", "format": "int64", "examples": [3]},
                   "parentId": {"type": "integer", "format": "int64", "examples": ["null"]},
                   "dueDate": {"type": "string", "format": "date", "examples": ["2023-12-31"]}}}}}}
                """);
        List<String> invalid = exampleErrors(OpenApiContract.of(broken), new AtomicInteger());
        assertThat(invalid).hasSize(3);
        assertThat(invalid).anyMatch(e -> e.startsWith("/components/schemas/Task/properties/parentId"));
        assertThat(invalid).anyMatch(e -> e.contains("/parameters/0"));
        assertThat(invalid).anyMatch(e -> e.contains("examples/one"));
    }

    /** One line per refused example: where it is, the value, and why. */
    static List<String> exampleErrors(OpenApiContract contract, AtomicInteger checked) {
        List<String> invalid = new ArrayList<>();
        for (String pointer : contract.schemaPointers()) {
            JsonNode schema = contract.node(pointer);
            JsonNode examples = schema.path("examples");
            for (int i = 0; i < examples.size(); i++) {
                check(contract, pointer, pointer + "/examples/" + i, examples.get(i), invalid, checked);
            }
            if (schema.has("example")) {
                check(contract, pointer, pointer + "/example", schema.get("example"), invalid, checked);
            }
            // A parameter's, header's or media type's own examples illustrate the schema it holds.
            if (pointer.endsWith("/schema")) {
                String owner = pointer.substring(0, pointer.length() - "/schema".length());
                JsonNode holder = contract.node(owner);
                if (holder.has("example")) {
                    check(contract, pointer, owner + "/example", holder.get("example"), invalid, checked);
                }
                holder.path("examples").properties().forEach(e -> {
                    if (e.getValue().has("value")) {
                        check(contract, pointer, owner + "/examples/" + e.getKey(), e.getValue().get("value"),
                                invalid, checked);
                    }
                });
            }
        }
        return invalid;
    }

    private static void check(OpenApiContract contract, String schemaPointer, String examplePointer, JsonNode value,
            List<String> invalid, AtomicInteger checked) {
        checked.incrementAndGet();
        List<String> errors = contract.validate(schemaPointer, value);
        if (!errors.isEmpty()) {
            invalid.add(examplePointer + " = " + value + ": " + String.join("; ", errors));
        }
    }
}
