package org.duban.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.common.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents the problem responses every operation shares (400, 401, 403, 404, 304, 412, 500) once, here, instead of repeating
 * them on each resource method.
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
