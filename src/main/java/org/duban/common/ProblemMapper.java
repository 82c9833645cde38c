package org.duban.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ExceptionUnwrapStrategy;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.UnwrapException;

/**
 * The one place where failures become {@code application/problem+json}: our own {@link ProblemException}s, bean
 * validation, unreadable JSON, the framework's HTTP errors, lost-update races, and, last, anything unexpected (logged,
 * answered with a bare 500 that reveals nothing internal). Failures raised when a transaction commits arrive wrapped
 * (interceptor and JTA exceptions); they are unwrapped so that a unique key or a lost update met at commit is still a
 * 409 or a 412, not a 500.
 */
@UnwrapException(value = {ArcUndeclaredThrowableException.class, RollbackException.class,
        QuarkusTransactionException.class}, strategy = ExceptionUnwrapStrategy.UNWRAP_IF_NO_EXACT_MATCH)
public class ProblemMapper {

    /** Attribute of an {@link AuthenticationFailedException}: seconds until a locked sign-in may be retried. */
    public static final String RETRY_AFTER = "duban.retry-after";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.type(), e.title(), e.getMessage(), uri, e.violations());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(jsonPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return respond(400, "validation", "Invalid request", InvalidRequestException.describe(violations), uri,
                violations);
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", ", "; known fields: ", ""));
        return invalidField(jsonPath(e.getPath()), "unknown field" + known, uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String message = target != null && target.isEnum()
                ? "must be one of " + Arrays.toString(target.getEnumConstants())
                : "cannot be read as " + describeType(target) + ": " + e.getValue();
        return invalidField(jsonPath(e.getPath()), message, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        if (field.isEmpty()) {
            return respond(400, "malformed-json", "Malformed JSON", "The body is not the JSON object expected", uri,
                    null);
        }
        return invalidField(field, "must be " + describeType(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response mappingFailure(JsonMappingException e, UriInfo uri) {
        if (syntaxErrorIn(e) != null) {
            return malformed(syntaxErrorIn(e), uri);
        }
        String field = jsonPath(e.getPath());
        Throwable cause = e.getCause();
        String message = cause instanceof IllegalArgumentException ? cause.getMessage() : "has an invalid value";
        return field.isEmpty()
                ? respond(400, "malformed-json", "Malformed JSON", message, uri, null)
                : invalidField(field, message, uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(400, "malformed-json", "Malformed JSON", "The body is not valid JSON" + where, uri, null);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return respond(400, "malformed-json", "Malformed JSON", "The body is not valid JSON", uri, null);
    }

    @ServerExceptionMapper
    public Response patchedJson(Patches.UncheckedJsonException e, UriInfo uri) {
        JsonProcessingException cause = e.getCause();
        if (syntaxErrorIn(cause) != null) {
            return malformed(syntaxErrorIn(cause), uri);
        }
        if (cause instanceof UnrecognizedPropertyException u) {
            return unrecognizedField(u, uri);
        }
        if (cause instanceof InvalidFormatException f) {
            return invalidValue(f, uri);
        }
        if (cause instanceof MismatchedInputException m) {
            return mismatchedInput(m, uri);
        }
        if (cause instanceof JsonMappingException m) {
            return mappingFailure(m, uri);
        }
        return otherJson(cause, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response lostUpdate(RuntimeException e, UriInfo uri) {
        return respond(412, "precondition-failed", "Precondition failed",
                "The resource was changed by another request at the same time; read it again and retry", uri, null);
    }

    /** A unique key or reference the service's own checks did not see coming, e.g. two requests racing. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(409, "conflict", "Conflict with the current state",
                "The change conflicts with data written at the same time (a duplicate or a missing reference); "
                        + "read the resources again and retry", uri, null);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports unreadable bodies as a bare 400 with the Jackson failure as its cause.
        if (e.getCause() instanceof JsonProcessingException json) {
            return patchedJson(new Patches.UncheckedJsonException(json), uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            Response invalidQuery = invalidQueryParameter(e.getCause(), uri);
            if (invalidQuery != null) {
                return invalidQuery;
            }
        }
        if (status >= 500) {
            Log.error("HTTP " + status + " on " + uri.getPath(), e);
            return respond(status, "internal", "Internal error", "The server could not complete the request", uri, null);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        Response.ResponseBuilder builder = Response.fromResponse(respond(status, slug(title), title,
                httpDetail(status, e), uri, null));
        // Keep the Allow header of a 405 so that clients learn which methods exist.
        Object allow = e.getResponse().getHeaders().getFirst("Allow");
        return allow == null ? builder.build() : builder.header("Allow", allow).build();
    }

    /** No credentials where a role is needed. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("This operation needs credentials: HTTP Basic, or an API key or OIDC token as Bearer",
                uri);
    }

    /**
     * Credentials that do not authenticate: wrong password, unknown or revoked API key, invalid token. A username or
     * client address locked after repeated failures gets 429 with Retry-After instead.
     */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        Object retryAfter = e.getAttribute(RETRY_AFTER);
        if (retryAfter != null) {
            return Response.fromResponse(respond(429, "too-many-failed-sign-ins", "Too many failed sign-ins",
                    "Too many failed sign-ins for this username or address; retry after " + retryAfter + " seconds",
                    uri, null)).header("Retry-After", retryAfter).build();
        }
        return unauthenticated("The credentials are not valid", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "Your role does not allow this operation", uri, null);
    }

    private Response unauthenticated(String detail, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", "Unauthorized", detail, uri, null))
                .header("WWW-Authenticate", "Basic realm=\"duban\", Bearer").build();
    }

    /**
     * A request body that could not be read at all: a multipart body cut short or without its closing boundary, a
     * connection closed mid-body. The client sent it, so it is a 400, not an internal error.
     */
    @ServerExceptionMapper
    public Response unreadableBody(java.io.IOException e, UriInfo uri) {
        Log.debugf("Unreadable request body on %s: %s", uri.getPath(), e);
        return respond(400, "unreadable-body", "Unreadable request body",
                "The request body cannot be read as its declared media type", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Log.error("Unexpected failure on " + uri.getPath(), e);
        return respond(500, "internal", "Internal error", "The server could not complete the request", uri, null);
    }

    /**
     * JAX-RS answers a query parameter that does not convert (?page=abc) with a 404, as if the path were wrong; the
     * contract wants a 400 naming the parameter. The parameter is the one whose value the conversion failure quotes.
     */
    private Response invalidQueryParameter(Throwable cause, UriInfo uri) {
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        for (var param : uri.getQueryParameters().entrySet()) {
            for (String value : param.getValue()) {
                if (!value.isEmpty() && message.contains("\"" + value + "\"")) {
                    return invalidField(param.getKey(), "must be a number, not '" + value + "'", uri);
                }
            }
        }
        return null;
    }

    /** Jackson may wrap a syntax error (an unterminated string) in a mapping error that names the field being read. */
    private static JsonParseException syntaxErrorIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static String httpDetail(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not allowed here";
            case 406 -> "None of the accepted media types can be produced";
            case 413 -> "The request body exceeds the size limit";
            case 415 -> "This media type is not supported here";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? "The request cannot be served"
                    : e.getMessage();
        };
    }

    private Response invalidField(String field, String message, UriInfo uri) {
        List<Violation> violations = List.of(new Violation(field, message));
        return respond(400, "validation", "Invalid request", InvalidRequestException.describe(violations), uri,
                violations);
    }

    static Response respond(int status, String type, String title, String detail, UriInfo uri,
            List<Violation> violations) {
        URI instance = uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
        Problem body = new Problem(URI.create(Problem.TYPE_BASE + type), title, status, detail, instance, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** "createTask.request.units[0].role" → "units[0].role": the JSON path, without the Java method and parameter. */
    private static String jsonPath(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new java.util.ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE, BEAN -> {
                }
                // A query parameter is named by itself; a body parameter's name is not part of the JSON path.
                case PARAMETER -> {
                    if (last) {
                        path.append(node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> appendIndex(path, node);
                default -> {
                    appendIndex(path, node);
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(node.getName());
                }
            }
        }
        return path.toString();
    }

    private static void appendIndex(StringBuilder path, Path.Node node) {
        if (node.isInIterable() && node.getIndex() != null && path.length() > 0) {
            path.append('[').append(node.getIndex()).append(']');
        }
    }

    private static String jsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "an integer";
            case "BigDecimal", "Double", "double" -> "a number";
            case "LocalDate" -> "a date like 2023-11-30";
            case "Instant" -> "an instant like 2024-01-19T01:17:00Z";
            case "String" -> "a string";
            case "Boolean", "boolean" -> "true or false";
            default -> type.isRecord() ? "an object" : List.class.isAssignableFrom(type) ? "an array" : "a valid value";
        };
    }
}
