package org.duban.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Builds the responses every resource shares: conditional GETs with ETag/304, pages with Link, 201 with Location. Typed
 * ({@link RestResponse}), so that the OpenAPI document reads the body's schema from the resource method.
 */
@ApplicationScoped
public class Responses {

    private final EntityTags tags;

    public Responses(EntityTags tags) {
        this.tags = tags;
    }

    /** 200 with an ETag, or 304 with no body when the client's If-None-Match still matches. */
    public <T> RestResponse<T> ok(T body) {
        EntityTag tag = tags.of(body);
        if (tags.notModified(tag)) {
            return RestResponse.ResponseBuilder.<T>notModified(tag).build();
        }
        return RestResponse.ResponseBuilder.ok(body).tag(tag).build();
    }

    /** A page with its ETag and an RFC 8288 Link header (first, prev, next, last). */
    public <T> RestResponse<PageResponse<T>> page(UriInfo uri, PageResponse<T> page) {
        EntityTag tag = tags.of(page);
        RestResponse.ResponseBuilder<PageResponse<T>> builder = tags.notModified(tag)
                ? RestResponse.ResponseBuilder.notModified(tag) : RestResponse.ResponseBuilder.ok(page).tag(tag);
        return builder.header("Link", linkHeader(uri, page.page(), page.size(), page.totalPages())).build();
    }

    /** The RFC 8288 Link header of a page: first, prev, next, last, in one comma-separated header. */
    public static String linkHeader(UriInfo uri, int page, int size, int totalPages) {
        // One comma-separated header, as RFC 8288 allows and most clients (GitHub's style) expect.
        return links(uri, page, size, totalPages).stream().map(Link::toString)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** 200 after a PUT or PATCH, with the new ETag. */
    public <T> RestResponse<T> updated(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(tags.of(body)).build();
    }

    /** 201 with the Location of the created resource and its representation. */
    public <T> RestResponse<T> created(UriInfo uri, String path, Object id, T body) {
        return createdWithoutTag(uri, path, id, body).tag(tags.of(body)).build();
    }

    /** 201 with Location, for an answer that is another representation than the one at Location (no ETag). */
    public <T> RestResponse.ResponseBuilder<T> createdWithoutTag(UriInfo uri, String path, Object id, T body) {
        // Relative to the application path (/api/v1).
        URI location = uri.getBaseUriBuilder().path(path).path(String.valueOf(id)).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body);
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
