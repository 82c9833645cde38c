package org.duban.config;

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
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the problem responses every operation shares (400, 401, 403, 404, 304, 412, 500) once, here, instead of repeating
 * them on each resource method; and finishes the document: a merge patch's body gets a schema of its own (every field
 * optional), and a security scheme that names no provider is dropped.
 */
public class ProblemResponsesFilter implements OASFilter {

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
                    + "how to sign in); 429 with Retry-After while a username or address is locked after failed sign-ins");
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
            if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH) {
                add(responses, "415", "Unsupported media type");
            }
            add(responses, "500", "Unexpected error (a bug); the body reveals nothing internal");
        }
        return item;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            return;
        }
        dropProviderlessOpenIdConnect(components);
        if (openAPI.getPaths() != null && components.getSchemas() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(operation -> givePatchItsSchema(operation, components)));
        }
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
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static void addEmpty(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
