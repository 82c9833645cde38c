package org.duban.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The committed OpenAPI document ({@code openapi/openapi.yaml}) as a checker: does a response (status, content type,
 * declared headers, body) match what the document promises for its operation, and is a value valid against one of the
 * document's schemas. Schemas are JSON Schema 2020-12 (OpenAPI 3.1) and are evaluated by networknt's validator with
 * format assertions on ({@code date}, {@code date-time}, {@code int32}, {@code int64} are checked, not just noted).
 *
 * <p>Every schema of the document — components, their nested properties, parameters, request and response bodies,
 * headers — is copied under a synthetic {@code x-checks} member of the document, so that each can be addressed by a
 * plain JSON pointer while its {@code $ref}s still resolve against the whole document.
 */
public final class OpenApiContract {

    /** The committed document, relative to the project directory (where Maven runs the tests). */
    public static final Path SPEC = Path.of("openapi", "openapi.yaml");

    private static final String BASE = "https://duban.dev/contract/openapi.json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    private final JsonNode document;
    /** Pointer of each schema in the original document → its key under {@code x-checks}. */
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<PathTemplate> paths = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
        ObjectNode copy = document.deepCopy();
        ObjectNode checks = copy.putObject("x-checks");
        forEachSchema(document, (pointer, schema) -> {
            String key = "s" + keys.size();
            keys.put(pointer, key);
            checks.set(key, schema);
        });
        String json;
        try {
            json = JSON.writeValueAsString(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemaRegistryConfig(config).schemas(Map.of(BASE, json)));
        document.path("paths").properties().forEach(p -> paths.add(new PathTemplate(p.getKey())));
        // The most literal template wins: /plans/{id}/summary before /plans/{id}/{anything}.
        paths.sort(Comparator.comparingInt(PathTemplate::variables));
    }

    /** The committed document, read once per run. */
    public static OpenApiContract committed() {
        return LOADED.computeIfAbsent(SPEC.toAbsolutePath(), OpenApiContract::read);
    }

    /** A document read from a file (YAML or JSON). */
    public static OpenApiContract read(Path file) {
        try {
            return new OpenApiContract(YAML.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + file, e);
        }
    }

    /** A document given as a tree (the examples test builds broken ones to prove it notices). */
    public static OpenApiContract of(JsonNode document) {
        return new OpenApiContract(document);
    }

    public JsonNode document() {
        return document;
    }

    /** JSON pointers (into the document) of every schema object, in document order. */
    public List<String> schemaPointers() {
        return List.copyOf(keys.keySet());
    }

    /** The schema object at a JSON pointer of the document. */
    public JsonNode node(String pointer) {
        return document.at(pointer);
    }

    /** Errors of {@code json} (a JSON text) against the schema at {@code pointer}; empty when it is valid. */
    public List<String> validate(String pointer, String json) {
        String key = keys.get(pointer);
        if (key == null) {
            throw new IllegalArgumentException("no schema at " + pointer);
        }
        Schema schema = compiled.computeIfAbsent(key,
                k -> registry.getSchema(SchemaLocation.of(BASE + "#/x-checks/" + k)));
        List<String> errors = new ArrayList<>();
        for (com.networknt.schema.Error error : schema.validate(json, InputFormat.JSON)) {
            errors.add(error.toString());
        }
        return errors;
    }

    /** Errors of a JSON value (a Jackson tree) against the schema at {@code pointer}. */
    public List<String> validate(String pointer, JsonNode value) {
        try {
            return validate(pointer, JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation of the document a request is for: its path template and method; empty when it has none. */
    public Optional<Operation> operation(String method, String requestPath) {
        String m = method.toLowerCase(Locale.ROOT);
        for (PathTemplate template : paths) {
            if (template.matches(requestPath)) {
                JsonNode op = document.path("paths").path(template.template()).path(m);
                return op.isObject() ? Optional.of(new Operation(template.template(), m)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * What in a response differs from what the document says of it: an undocumented status, a body where none is
     * declared or none where one is, an undeclared content type, a body that does not match its schema, or a declared
     * header that is missing or malformed. Empty when the response matches.
     *
     * @param headers the response's headers, names in any case
     */
    public List<String> mismatches(Operation operation, int status, String contentType, Map<String, List<String>> headers,
            byte[] body) {
        List<String> found = new ArrayList<>();
        String where = operation.method().toUpperCase(Locale.ROOT) + " " + operation.path() + " → " + status;
        String opPointer = "/paths/" + escape(operation.path()) + "/" + operation.method();
        JsonNode responses = document.at(opPointer + "/responses");
        String code = Integer.toString(status);
        String responsePointer;
        if (responses.has(code)) {
            responsePointer = opPointer + "/responses/" + code;
        } else if (responses.has(code.charAt(0) + "XX")) {
            responsePointer = opPointer + "/responses/" + code.charAt(0) + "XX";
        } else if (responses.has("default")) {
            responsePointer = opPointer + "/responses/default";
        } else {
            found.add(where + ": status " + status + " is not documented (documented: " + fieldNames(responses) + ")");
            return found;
        }
        JsonNode response = resolve(document.at(responsePointer));
        JsonNode content = response.path("content");
        boolean hasBody = body != null && body.length > 0;
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                found.add(where + ": a body (" + contentType + ") where the document declares none");
            }
        } else if (!hasBody) {
            found.add(where + ": no body where the document declares " + fieldNames(content));
        } else {
            String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            Optional<String> declared = mediaRange(content, media);
            if (declared.isEmpty()) {
                found.add(where + ": content type " + contentType + " is not among " + fieldNames(content));
            } else if (isJson(media)) {
                String schemaPointer = responsePointer + "/content/" + escape(declared.get()) + "/schema";
                if (keys.containsKey(schemaPointer)) {
                    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
                    for (String error : validate(schemaPointer, text)) {
                        found.add(where + ": body " + error);
                    }
                }
            }
        }
        JsonNode declaredHeaders = response.path("headers");
        for (Iterator<Map.Entry<String, JsonNode>> it = declaredHeaders.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                continue;
            }
            JsonNode spec = resolve(header.getValue());
            List<String> values = headerValues(headers, header.getKey());
            if (values.isEmpty()) {
                if (spec.path("required").asBoolean(false)) {
                    found.add(where + ": header " + header.getKey() + " is missing");
                }
                continue;
            }
            String schemaPointer = responsePointer + "/headers/" + escape(header.getKey()) + "/schema";
            if (keys.containsKey(schemaPointer)) {
                JsonNode value = headerValue(node(schemaPointer), values.get(0));
                for (String error : validate(schemaPointer, value)) {
                    found.add(where + ": header " + header.getKey() + " " + error);
                }
            }
        }
        return found;
    }

    /** An operation of the document: its path template (as in the document) and lowercase method. */
    public record Operation(String path, String method) {
    }

    private static List<String> headerValues(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** A header's text as the JSON value its schema expects (headers are text; an integer header is a number). */
    private JsonNode headerValue(JsonNode schema, String text) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asText("");
        if (type.equals("integer") || type.equals("number")) {
            try {
                return JSON.readTree(text.trim());
            } catch (IOException notANumber) {
                return JsonNodeFactory.instance.textNode(text);
            }
        }
        return JsonNodeFactory.instance.textNode(text);
    }

    private static Optional<String> mediaRange(JsonNode content, String media) {
        if (content.has(media)) {
            return Optional.of(media);
        }
        for (String range : fieldNames(content)) {
            String r = range.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (r.equals(media) || r.equals("*/*")
                    || (r.endsWith("/*") && media.startsWith(r.substring(0, r.length() - 1)))) {
                return Optional.of(range);
            }
        }
        return Optional.empty();
    }

    private static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    /** Follows a local {@code $ref} of a response, header or parameter object (not of schemas: the validator does). */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref") && current.get("$ref").asText().startsWith("#"); i++) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** JSON pointer escaping of one reference token (RFC 6901). */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Calls {@code visitor} with the pointer and node of every schema object of an OpenAPI 3.1 document: component
     * schemas and everything nested in them, and the schemas of parameters, request bodies, responses and headers
     * (in components and in every operation).
     */
    static void forEachSchema(JsonNode document, BiConsumer<String, JsonNode> visitor) {
        JsonNode components = document.path("components");
        components.path("schemas").properties()
                .forEach(e -> schema("/components/schemas/" + escape(e.getKey()), e.getValue(), visitor));
        components.path("parameters").properties()
                .forEach(e -> parameter("/components/parameters/" + escape(e.getKey()), e.getValue(), visitor));
        components.path("requestBodies").properties()
                .forEach(e -> mediaTypes("/components/requestBodies/" + escape(e.getKey()), e.getValue(), visitor));
        components.path("responses").properties()
                .forEach(e -> response("/components/responses/" + escape(e.getKey()), e.getValue(), visitor));
        components.path("headers").properties()
                .forEach(e -> parameter("/components/headers/" + escape(e.getKey()), e.getValue(), visitor));
        document.path("paths").properties().forEach(path -> {
            String p = "/paths/" + escape(path.getKey());
            JsonNode item = path.getValue();
            parameters(p + "/parameters", item.path("parameters"), visitor);
            for (String method : METHODS) {
                JsonNode op = item.path(method);
                if (!op.isObject()) {
                    continue;
                }
                String o = p + "/" + method;
                parameters(o + "/parameters", op.path("parameters"), visitor);
                if (op.has("requestBody")) {
                    mediaTypes(o + "/requestBody", op.get("requestBody"), visitor);
                }
                op.path("responses").properties()
                        .forEach(r -> response(o + "/responses/" + escape(r.getKey()), r.getValue(), visitor));
            }
        });
    }

    private static void parameters(String pointer, JsonNode list, BiConsumer<String, JsonNode> visitor) {
        for (int i = 0; i < list.size(); i++) {
            parameter(pointer + "/" + i, list.get(i), visitor);
        }
    }

    private static void parameter(String pointer, JsonNode parameter, BiConsumer<String, JsonNode> visitor) {
        if (parameter.has("schema")) {
            schema(pointer + "/schema", parameter.get("schema"), visitor);
        }
        if (parameter.has("content")) {
            mediaTypes(pointer, parameter, visitor);
        }
    }

    private static void response(String pointer, JsonNode response, BiConsumer<String, JsonNode> visitor) {
        mediaTypes(pointer, response, visitor);
        response.path("headers").properties()
                .forEach(h -> parameter(pointer + "/headers/" + escape(h.getKey()), h.getValue(), visitor));
    }

    private static void mediaTypes(String pointer, JsonNode holder, BiConsumer<String, JsonNode> visitor) {
        holder.path("content").properties().forEach(m -> {
            if (m.getValue().has("schema")) {
                schema(pointer + "/content/" + escape(m.getKey()) + "/schema", m.getValue().get("schema"), visitor);
            }
        });
    }

    private static final List<String> SCHEMA_MAPS = List.of("properties", "patternProperties", "$defs",
            "dependentSchemas");
    private static final List<String> SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> SCHEMA_VALUES = List.of("items", "additionalProperties", "not", "if", "then",
            "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties");

    private static void schema(String pointer, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        if (!schema.isObject()) {
            return; // true / false schemas
        }
        visitor.accept(pointer, schema);
        for (String map : SCHEMA_MAPS) {
            schema.path(map).properties()
                    .forEach(e -> schema(pointer + "/" + map + "/" + escape(e.getKey()), e.getValue(), visitor));
        }
        for (String list : SCHEMA_LISTS) {
            JsonNode items = schema.path(list);
            for (int i = 0; i < items.size(); i++) {
                schema(pointer + "/" + list + "/" + i, items.get(i), visitor);
            }
        }
        for (String value : SCHEMA_VALUES) {
            if (schema.has(value)) {
                schema(pointer + "/" + value, schema.get(value), visitor);
            }
        }
    }

    /** A path of the document as a pattern: each {@code {name}} stands for one non-empty segment. */
    private record PathTemplate(String template, Pattern pattern, int variables) {

        PathTemplate(String template) {
            this(template, compile(template), (int) template.chars().filter(c -> c == '{').count());
        }

        private static Pattern compile(String template) {
            StringBuilder regex = new StringBuilder();
            for (String part : template.split("(?=\\{)|(?<=\\})")) {
                regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
            }
            return Pattern.compile(regex.toString());
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
