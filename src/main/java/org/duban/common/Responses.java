package org.duban.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Builds the responses every resource shares: conditional GETs with ETag/304, pages with Link, 201 with Location. */
@ApplicationScoped
public class Responses {

    private final EntityTags tags;

    public Responses(EntityTags tags) {
        this.tags = tags;
    }

    /** 200 with an ETag, or 304 with no body when the client's If-None-Match still matches. */
    public Response ok(Request request, Object body) {
        EntityTag tag = tags.of(body);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(body).tag(tag).build();
    }

    /** A page with its ETag and an RFC 8288 Link header (first, prev, next, last). */
    public Response page(Request request, UriInfo uri, PageResponse<?> page) {
        EntityTag tag = tags.of(page);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = notModified != null ? notModified : Response.ok(page).tag(tag);
        return builder.header("Link", linkHeader(uri, page.page(), page.size(), page.totalPages())).build();
    }

    /** The RFC 8288 Link header of a page: first, prev, next, last, in one comma-separated header. */
    public static String linkHeader(UriInfo uri, int page, int size, int totalPages) {
        // One comma-separated header, as RFC 8288 allows and most clients (GitHub's style) expect.
        return links(uri, page, size, totalPages).stream().map(Link::toString)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** 200 after a PUT or PATCH, with the new ETag. */
    public Response updated(Object body) {
        return Response.ok(body).tag(tags.of(body)).build();
    }

    /** 201 with the Location of the created resource and its representation. */
    public Response created(UriInfo uri, String path, Object id, Object body) {
        URI location = uri.getBaseUriBuilder().path(path).path(String.valueOf(id)).build();
        return Response.created(location).entity(body).tag(tags.of(body)).build();
    }

    private static List<Link> links(UriInfo uri, int page, int size, int totalPages) {
        List<Link> links = new ArrayList<>();
        int last = Math.max(totalPages - 1, 0);
        links.add(link(uri, 0, size, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, size, "next"));
        }
        links.add(link(uri, last, size, "last"));
        return links;
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size);
        return Link.fromUriBuilder(builder).rel(rel).build();
    }
}
