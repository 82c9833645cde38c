package org.duban.config;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.common.MergePatch;
import org.duban.common.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the document where annotations cannot say it once for all: the problem responses every operation shares
 * (400, 401, 403, 404, 304, 406, 412, 429, 500, 503) and the Problem body of every documented error, the headers (ETag, Link,
 * Location, Retry-After), the page schemas of lists, the merge-patch schemas of PATCH bodies, nullable references; and
 * a security scheme that names no provider is dropped.
 *
 * <p>It runs once, when the build writes the document; the service serves that document as it is (a filter that ran
 * again at every start would redo the same work on the parsed document before the first answer).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            return;
        }
        dropProviderlessOpenIdConnect(components);
        if (openAPI.getPaths() != null && components.getSchemas() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                pages(openAPI, operation);
                givePatchItsSchema(operation, components);
            }));
        }
    }

    /**
     * SmallRye writes a nullable reference to an object record as {@code type: object} beside
     * {@code anyOf: [$ref, {type: null}]}, so that null still fails the {@code type}: the type admits null too.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getAnyOf() != null && schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)
                && schema.getAnyOf().stream().anyMatch(s -> List.of(Schema.SchemaType.NULL).equals(s.getType()))) {
            schema.addType(Schema.SchemaType.NULL);
        }
        return schema;
    }

    @Override
    public PathItem filterPathItem(PathItem item) {
        boolean hasId = item.getOperations() != null && item.getOperations().values().stream()
                .anyMatch(op -> op.getParameters() != null
                        && op.getParameters().stream().anyMatch(p -> "path".equals(String.valueOf(p.getIn()).toLowerCase())));
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
            APIResponses responses = entry.getValue().getResponses();
            if (responses == null) {
                continue;
            }
            PathItem.HttpMethod method = entry.getKey();
            offerBearerBesideBasic(entry.getValue());
            add(responses, "400", "Invalid request: the body, a parameter or a field is wrong (see `violations`)");
            add(responses, "401", "Credentials missing where a role is needed, or not valid (WWW-Authenticate says "
                    + "how to sign in)");
            add(responses, "403", "Your role does not allow this operation (a reporter: not on another unit's task)");
            if (hasId) {
                add(responses, "404", "No such resource");
            }
            if (method == PathItem.HttpMethod.GET) {
                addEmpty(responses, "304", "Not modified: the If-None-Match entity tag is still current");
            }
            if ((method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                    || method == PathItem.HttpMethod.DELETE) && hasId) {
                add(responses, "412", "If-Match does not name the current representation");
            }
            add(responses, "406", "Not acceptable: the Accept header names no media type this operation produces");
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH) {
                add(responses, "415", "Unsupported media type");
            }
            add(responses, "429", "Too many failed sign-ins of this username or from this address: refused until the "
                    + "lock ends (Retry-After, in seconds), without checking the password");
            add(responses, "500", "Unexpected error (a bug); the body reveals nothing internal");
            add(responses, "503", "The service is shutting down (graceful shutdown): send the request again, it reaches "
                    + "another instance or this one after its restart");
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    problemBody(response);
                }
            });
            documentHeaders(method, responses);
            if (responses.hasAPIResponse("429")) {
                responses.getAPIResponse("429").addHeader("Retry-After", OASFactory.createHeader().required(true)
                        .description("Seconds until the lock ends").schema(OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE)));
            }
        }
        return item;
    }

    /**
     * quarkus-oidc makes Quarkus add an openIdConnect scheme, but its discovery URL depends on the deployment (OIDC is
     * off unless configured) and the scheme is invalid without one. OIDC tokens are sent as bearer tokens: the bearer
     * scheme describes them.
     */
    private static void dropProviderlessOpenIdConnect(Components components) {
        if (components.getSecuritySchemes() == null) {
            return;
        }
        new LinkedHashMap<>(components.getSecuritySchemes()).forEach((name, scheme) -> {
            if (scheme.getType() == SecurityScheme.Type.OPENIDCONNECT && scheme.getOpenIdConnectUrl() == null) {
                components.removeSecurityScheme(name);
            }
        });
    }

    /**
     * A JSON merge patch (RFC 7386) sends only the fields it changes, so its body cannot be the request's schema, whose
     * fields are required: it gets {@code <Request>Patch}, the same properties with none required.
     */
    private static void givePatchItsSchema(Operation operation, Components components) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType patch = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
        if (patch == null || patch.getSchema() == null || patch.getSchema().getRef() == null) {
            return;
        }
        String ref = patch.getSchema().getRef();
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        Schema whole = components.getSchemas().get(name);
        if (whole == null || whole.getRequired() == null || whole.getRequired().isEmpty()) {
            return;
        }
        String patchName = name.replaceFirst("Request$|Update$", "") + "Patch";
        if (!components.getSchemas().containsKey(patchName)) {
            components.addSchema(patchName, OASFactory.createSchema().type(whole.getType())
                    .description("Any fields of " + name + ", to change only those (JSON merge patch, RFC 7386): an "
                            + "absent field stays as it is, null clears an optional one")
                    .properties(whole.getProperties()));
        }
        patch.setSchema(OASFactory.createSchema().ref(patchName));
    }

    /**
     * The headers every client may rely on (README, "Conventions"): a GET's JSON answer has an ETag, a page its Link,
     * a 201 the Location of what it created.
     */
    private static void documentHeaders(PathItem.HttpMethod method, APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (method == PathItem.HttpMethod.GET && ok != null && ok.getContent() != null
                && ok.getContent().getMediaType("application/json") != null) {
            ok.addHeader("ETag", OASFactory.createHeader().required(true)
                    .description("Entity tag of this representation, for If-None-Match (304) and If-Match (412)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^\"[A-Za-z0-9_-]{27}\"$")
                            .addExample("\"kR3vX9m2Qe7TqL0pWz8YbN4sHcA\"")));
            String ref = ok.getContent().getMediaType("application/json").getSchema() == null ? null
                    : ok.getContent().getMediaType("application/json").getSchema().getRef();
            if (ref != null && ref.endsWith("Page")) {
                ok.addHeader("Link", OASFactory.createHeader().required(true)
                        .description("RFC 8288 links to the first, prev, next and last pages")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).addExample(
                                "<http://localhost:8080/api/v1/tasks?page=0&size=20>; rel=\"first\"")));
            }
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", OASFactory.createHeader().required(true)
                    .description("URI of the created resource")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                            .addExample("http://localhost:8080/api/v1/tasks/3")));
        }
    }

    /**
     * A list answers {@link org.duban.common.PageResponse}; its resource names the page schema ({@code TaskPage}) and
     * the page of {@code X} is declared here once for all, since the generic record cannot say what its items are.
     */
    private static void pages(OpenAPI openAPI, Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                return;
            }
            response.getContent().getMediaTypes().values().forEach(media -> {
                String ref = media.getSchema() == null ? null : media.getSchema().getRef();
                if (ref == null || !ref.startsWith(SCHEMAS) || !ref.endsWith("Page")) {
                    return;
                }
                String page = ref.substring(SCHEMAS.length());
                String item = page.substring(0, page.length() - "Page".length());
                if (schemas.containsKey(page) || !schemas.containsKey(item)) {
                    return;
                }
                openAPI.getComponents().addSchema(page, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                        .description("One page of " + item + " items and where it stands in the whole")
                        .addRequired("items").addRequired("page").addRequired("size").addRequired("totalItems")
                        .addRequired("totalPages")
                        .addProperty("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("The items of this page, in the requested order")
                                .items(OASFactory.createSchema().ref(item)))
                        .addProperty("page", integer("Zero-based page number", 0, 0))
                        .addProperty("size", integer("Requested page size (1–200)", 1, 20))
                        .addProperty("totalItems", integer("Number of items over all pages", 0, 12)
                                .format("int64"))
                        .addProperty("totalPages", integer("Number of pages of this size", 0, 1)));
            });
        });
    }

    private static Schema integer(String description, int minimum, int example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").description(description)
                .minimum(java.math.BigDecimal.valueOf(minimum)).addExample(example);
    }

    /**
     * Every error is answered as a problem: a 4xx or 5xx documented by a resource (409) or by Quarkus (401, 403 of
     * {@code @RolesAllowed}) without a body gets the Problem body it actually has.
     */
    private static void problemBody(APIResponse response) {
        if (response.getRef() == null && (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty())) {
            response.setContent(problemContent());
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
    }

    /**
     * Quarkus documents the roles of a secured operation under the first security scheme (basic); API keys and OIDC
     * tokens (bearer) are accepted just the same.
     */
    private static void offerBearerBesideBasic(Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity();
        if (requirements == null || requirements.isEmpty()
                || requirements.stream().anyMatch(r -> r.hasScheme("bearer"))) {
            return;
        }
        List<SecurityRequirement> all = new ArrayList<>(requirements);
        requirements.stream().filter(r -> r.hasScheme("basic"))
                .forEach(r -> all.add(OASFactory.createSecurityRequirement().addScheme("bearer", r.getScheme("basic"))));
        operation.setSecurity(all);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static void addEmpty(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
