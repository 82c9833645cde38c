package org.duban.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.duban.common.DataRevision;
import org.duban.common.EntityTags;
import org.duban.common.PageResponse;
import org.duban.common.QueryParams;
import org.duban.common.Responses;
import org.duban.config.DubanConfig;
import org.duban.security.Caller;

/**
 * GET representations rendered once per data revision and served from memory. Each request reads the
 * {@link DataRevision} (one primary-key read); when the entry for its key was rendered at that revision, the stored
 * JSON is answered as is, or 304 when {@code If-None-Match} names its tag, with nothing loaded or serialised.
 * Otherwise the supplier renders it, and the tag is the hash of the bytes, so a representation that a write left
 * unchanged keeps its tag. The key is the request (path and query), today's date in Asia/Shanghai (the default
 * {@code asOf}) and what the caller may see: anonymous callers see PUBLIC plans only, any role sees all, so an entry
 * rendered for one audience, after its visibility checks, is only ever served to that audience. Bounded by the bytes
 * it holds ({@code duban.cache.max-bytes}).
 */
@ApplicationScoped
public class RepresentationCache {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    /** What an entry costs beyond its JSON: the key's strings, the entry and the map's node, roughly. */
    private static final int ENTRY_OVERHEAD = 256;

    private final DataRevision revision;
    private final EntityTags tags;
    private final ObjectMapper json;
    private final Caller caller;
    private final Cache<Key, Rendered> cache;

    public RepresentationCache(DataRevision revision, EntityTags tags, ObjectMapper json, Caller caller,
            DubanConfig config) {
        this.revision = revision;
        this.tags = tags;
        this.json = json;
        this.caller = caller;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.cache().maxBytes())
                .weigher((Key key, Rendered value) -> (int) Math.min(Integer.MAX_VALUE,
                        (long) value.body.length + key.path.length() + (key.query == null ? 0 : key.query.length())
                                + ENTRY_OVERHEAD))
                .build();
    }

    /** What a representation is cached under. */
    record Key(String path, String query, boolean internal, LocalDate today) {
    }

    /** A rendered representation: the revision it was rendered at, its tag, its JSON and, for a page, its position. */
    record Rendered(long revision, EntityTag tag, byte[] body, PageResponse<?> pageShape) {
    }

    /** 200 with the representation and its ETag, or 304; rendered by {@code render} only when the data changed. */
    public Response ok(Request request, UriInfo uri, Supplier<?> render) {
        Rendered rendered = rendered(uri, render);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(rendered.tag);
        Response.ResponseBuilder builder = notModified != null ? notModified
                : Response.ok(rendered.body, JSON).tag(rendered.tag);
        if (rendered.pageShape != null) {
            PageResponse<?> page = rendered.pageShape;
            builder.header("Link", Responses.linkHeader(uri, page.page(), page.size(), page.totalPages()));
        }
        return builder.build();
    }

    /** Forgets every entry, for tests that measure rendering itself. */
    public void clear() {
        cache.invalidateAll();
    }

    private Rendered rendered(UriInfo uri, Supplier<?> render) {
        // Read before the data, so that what is rendered is at least as new as the revision it is stored under.
        long current = revision.current();
        Key key = new Key(uri.getPath(), uri.getRequestUri().getRawQuery(), caller.canReadInternal(),
                QueryParams.asOf(null));
        Rendered cached = cache.getIfPresent(key);
        if (cached != null && cached.revision == current) {
            return cached;
        }
        Object body = render.get();
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a representation", e);
        }
        PageResponse<?> shape = body instanceof PageResponse<?> page
                ? new PageResponse<>(java.util.List.of(), page.page(), page.size(), page.totalItems(), page.totalPages())
                : null;
        Rendered fresh = new Rendered(current, tags.ofJson(bytes), bytes, shape);
        // Two requests may render at once across a write: keep the entry of the newer revision.
        cache.asMap().merge(key, fresh, (old, now) -> now.revision >= old.revision ? now : old);
        return fresh;
    }
}
