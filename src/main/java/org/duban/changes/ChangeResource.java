package org.duban.changes;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.duban.common.Responses;
import org.duban.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of the change feed: /api/v1/changes, for everyone, with the visibility of plans. */
@Path("/changes")
@Tag(name = "Changes", description = "Everything that changed, in commit order: follow `next` to mirror the data")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeQueries queries;
    private final Caller caller;
    private final Responses responses;

    public ChangeResource(ChangeQueries queries, Caller caller, Responses responses) {
        this.queries = queries;
        this.caller = caller;
        this.responses = responses;
    }

    @GET
    @PermitAll
    @Operation(summary = "变更记录", description = "List the changes after a cursor: creates, updates and deletes of plans, tasks,"
            + " indicators, measurements and progress reports, imports, and the lights (LIGHT_CHANGED) and verdicts"
            + " (VERDICT_CHANGED) they changed, with the values before and after, in commit order. Start without"
            + " `after`, then pass the page's `next`: a reader that does so sees every change exactly once, in order."
            + " An empty page means nothing new yet and keeps the same `next`. Anonymous callers see the changes of"
            + " PUBLIC plans only.")
    @APIResponseSchema(value = ChangePage.class, responseCode = "200",
            responseDescription = "The changes after the cursor")
    @APIResponse(responseCode = "400", description = "`after` is malformed, unknown, or older than the feed keeps;"
            + " `size` is out of range")
    public RestResponse<ChangePage> listChanges(
            @Parameter(description = "Cursor to read after: `next` of the previous page, or an item's `cursor`;"
                    + " absent to start from the oldest change kept", example = "1523") @QueryParam("after") String after,
            @Parameter(description = "Most changes in the page, 1–200 (default 100)", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
            @QueryParam("size") Integer size, @Context UriInfo uri) {
        ChangePage page = queries.page(after, size, !caller.canReadInternal());
        Link next = Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("after", page.next()))
                .rel("next").build();
        return RestResponse.ResponseBuilder.fromResponse(responses.ok(page)).header("Link", next.toString())
                .build();
    }
}
