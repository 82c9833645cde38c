package org.duban.indicator;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.duban.caching.RepresentationCache;
import org.duban.common.PageParams;
import org.duban.common.Responses;
import org.duban.security.Roles;
import org.duban.security.ScopedWrite;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** HTTP face of measurements: /api/v1/indicators/{id}/measurements and /api/v1/measurements/{id}. */
@Path("/")
@Tag(name = "Measurements", description = "Actual values of indicators (完成值)")
@Produces(MediaType.APPLICATION_JSON)
public class MeasurementResource {

    private final MeasurementService service;
    private final Responses responses;
    private final RepresentationCache cache;

    public MeasurementResource(MeasurementService service, Responses responses, RepresentationCache cache) {
        this.service = service;
        this.responses = responses;
        this.cache = cache;
    }

    @PermitAll
    @GET
    @Path("/indicators/{indicatorId}/measurements")
    @Operation(summary = "指标完成值列表", description = "List an indicator's measurements, latest period first.")
    @APIResponseSchema(value = MeasurementResponse.Page.class, responseCode = "200",
            responseDescription = "A page of measurements")
    public Response listMeasurements(@PathParam("indicatorId") long indicatorId,
            @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        return cache.ok(uri, () -> service.list(indicatorId, paging.request()));
    }

    @RolesAllowed({Roles.EDITOR, Roles.REPORTER})
    @ScopedWrite(param = "indicatorId", via = ScopedWrite.Via.INDICATOR)
    @POST
    @Path("/indicators/{indicatorId}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "填报指标完成值", description = "Record a measurement. "
            + "Idempotent on (indicator, period, status): replaying the same value answers 200 with the "
                    + "stored measurement; a different value for the same key is a 409.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "200", description = "The same measurement was already recorded",
            content = @Content(schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "409", description = "Another value is recorded for this period and status")
    public RestResponse<MeasurementResponse> createMeasurement(@PathParam("indicatorId") long indicatorId,
            @NotNull @Valid MeasurementRequest body, @Context UriInfo uri) {
        MeasurementService.Recorded recorded = service.record(indicatorId, body);
        MeasurementResponse m = recorded.measurement();
        if (!recorded.created()) {
            return responses.updated(m);
        }
        return responses.created(uri, "measurements", m.id(), m);
    }

    @PermitAll
    @GET
    @Path("/measurements/{id}")
    @Operation(summary = "完成值详情", description = "Get a measurement.")
    @APIResponseSchema(value = MeasurementResponse.class, responseCode = "200", responseDescription = "The measurement")
    public Response getMeasurement(@PathParam("id") long id, @Context UriInfo uri) {
        return cache.ok(uri, () -> service.get(id));
    }

    @RolesAllowed(Roles.EDITOR)
    @DELETE
    @Path("/measurements/{id}")
    @Operation(summary = "删除完成值", description = "Delete a measurement.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteMeasurement(@PathParam("id") long id) {
        service.delete(id);
    }
}
