package org.duban.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.function.LongFunction;
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
 * it holds ({@code duban.cache.max-bytes}). JSON answers are also remembered by request URI and credentials, so that
 * {@link RepeatedReads} can repeat them on the event loop while they are current. Exports are kept the same way
 * ({@link #document}), their tag the hash of the file, which is why the files must not vary with the time of writing.
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
    /** Answers by request and credentials; small entries pointing into {@link #cache}, so bounded by count. */
    private final Cache<AnswerKey, Remembered> answers;
    private final CurrentVertxRequest currentRequest;
    /**
     * The largest document (export) kept: a few large files must not push out the JSON every poller reads. A larger
     * one is rendered for each request, and still answered 304 when its hash matches.
     */
    private final long maxDocumentBytes;

    public RepresentationCache(DataRevision revision, EntityTags tags, ObjectMapper json, Caller caller,
            DubanConfig config, CurrentVertxRequest currentRequest) {
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
        this.answers = Caffeine.newBuilder().maximumSize(ANSWERS).build();
        this.maxDocumentBytes = config.cache().maxBytes() / 8;
        this.currentRequest = currentRequest;
    }

    /** How many answers are remembered for the event loop: a dashboard's worth, many times over. */
    private static final int ANSWERS = 10_000;

    /** What a representation is cached under. */
    record Key(String path, String query, boolean internal, LocalDate today) {
    }

    /**
     * A rendered representation: the revision it was rendered at, its tag, its bytes and media type, its
     * Content-Disposition (null but for a document) and, for a page, its position.
     */
    record Rendered(long revision, EntityTag tag, byte[] body, MediaType type, String disposition,
            PageResponse<?> pageShape) {
    }

    /** A representation other than JSON, such as an export: its bytes, media type and Content-Disposition. */
    public record Document(byte[] body, String type, String disposition) {
    }

    /** 200 with the representation and its ETag, or 304; rendered by {@code render} only when the data changed. */
    public Response ok(UriInfo uri, Supplier<?> render) {
        Key key = key(uri);
        Rendered rendered = rendered(key, at -> json(at, render.get()), Long.MAX_VALUE);
        Response.ResponseBuilder builder = tags.notModified(rendered.tag) ? Response.notModified(rendered.tag)
                : Response.ok(rendered.body, rendered.type).tag(rendered.tag);
        String link = null;
        if (rendered.pageShape != null) {
            PageResponse<?> page = rendered.pageShape;
            link = Responses.linkHeader(uri, page.page(), page.size(), page.totalPages());
            builder.header("Link", link);
        }
        remember(key, rendered, link);
        return builder.build();
    }

    /**
     * A document (an export) as {@link #ok} answers JSON: 200 with its ETag, the hash of its bytes, or 304; rendered
     * by {@code render} only when the data changed. Never repeated on the event loop, which answers JSON only.
     */
    public Response document(UriInfo uri, Supplier<Document> render) {
        Rendered rendered = rendered(key(uri), at -> {
            Document document = render.get();
            return new Rendered(at, tags.ofJson(document.body()), document.body(),
                    MediaType.valueOf(document.type()), document.disposition(), null);
        }, maxDocumentBytes);
        if (tags.notModified(rendered.tag)) {
            return Response.notModified(rendered.tag).build();
        }
        return Response.ok(rendered.body, rendered.type).tag(rendered.tag)
                .header(HttpHeaders.CONTENT_DISPOSITION, rendered.disposition).build();
    }

    /** The request's cache key: what it asks for, for which audience, on which day. */
    private Key key(UriInfo uri) {
        return new Key(uri.getPath(), uri.getRequestUri().getRawQuery(), caller.canReadInternal(),
                QueryParams.asOf(null));
    }

    /**
     * What the REST layer last answered a request like this one with (same request URI, same credentials), if it may
     * be repeated now (see {@link RepeatedReads}): rendered at the current data revision for today; with credentials,
     * checked at the same security revision less than {@code credentialNanos} ago. Else null.
     */
    Answer currentAnswer(RepeatedReads.Arrival arrival, long credentialNanos) {
        Remembered remembered = answers.getIfPresent(new AnswerKey(arrival.requestUri(), arrival.credential()));
        if (remembered == null) {
            return null;
        }
        long current = arrival.revisions().data();
        if (remembered.revision != current || !remembered.key.today.equals(QueryParams.asOf(null))) {
            return null;
        }
        if (!arrival.credential().isEmpty() && (remembered.securityRevision != arrival.revisions().security()
                || arrival.nanos() - remembered.checkedAt > credentialNanos)) {
            return null;
        }
        Rendered rendered = cache.getIfPresent(remembered.key);
        // The event loop answers JSON only (documents are never remembered; this keeps it so).
        if (rendered == null || rendered.revision != current || rendered.type != JSON) {
            return null;
        }
        return new Answer(rendered.tag.getValue(), rendered.body, remembered.link, remembered.template);
    }

    /** What {@link RepeatedReads} answers with: the tag's value, the JSON, the Link header and the path template. */
    record Answer(String tag, byte[] body, String link, String template) {
    }

    /** A request URI (raw path and query) and the SHA-256 of its Authorization header ("" without one). */
    private record AnswerKey(String requestUri, String credential) {
    }

    /**
     * An answer of the REST layer: its cache key, the data revision it was rendered at, the security revision and time
     * of the request's arrival (its credentials were checked after both), its Link header and its path template.
     */
    private record Remembered(Key key, long revision, long securityRevision, long checkedAt, String link,
            String template) {
    }

    /**
     * Remembers an answer to a request that {@link RepeatedReads} found repeatable (it left its arrival in the routing
     * context), with the path template the REST layer matched (which the HTTP metrics need).
     */
    private void remember(Key key, Rendered rendered, String link) {
        RoutingContext rc = currentRequest.getCurrent();
        Context context = Vertx.currentContext();
        Object template = context == null ? null : context.getLocal(RepeatedReads.PATH_TEMPLATE);
        if (rc == null || !(rc.get(RepeatedReads.ARRIVAL) instanceof RepeatedReads.Arrival arrival)
                || !(template instanceof String path)) {
            return;
        }
        answers.put(new AnswerKey(arrival.requestUri(), arrival.credential()), new Remembered(key, rendered.revision,
                arrival.revisions().security(), arrival.nanos(), link, path));
    }

    /** Forgets every entry, for tests that measure rendering itself. */
    public void clear() {
        cache.invalidateAll();
        answers.invalidateAll();
    }

    /**
     * The entry for the key if it was rendered at the current data revision, else {@code render}'s, stored unless its
     * body is larger than {@code maxBytes}.
     */
    private Rendered rendered(Key key, LongFunction<Rendered> render, long maxBytes) {
        // Read before the data, so that what is rendered is at least as new as the revision it is stored under.
        long current = revision.current();
        Rendered cached = cache.getIfPresent(key);
        if (cached != null && cached.revision == current) {
            return cached;
        }
        Rendered fresh = render.apply(current);
        if (fresh.body.length > maxBytes) {
            return fresh;
        }
        // Two requests may render at once across a write: keep the entry of the newer revision.
        cache.asMap().merge(key, fresh, (old, now) -> now.revision >= old.revision ? now : old);
        return fresh;
    }

    private Rendered json(long revision, Object body) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a representation", e);
        }
        PageResponse<?> shape = body instanceof PageResponse<?> page
                ? new PageResponse<>(java.util.List.of(), page.page(), page.size(), page.totalItems(), page.totalPages())
                : null;
        return new Rendered(revision, tags.ofJson(bytes), bytes, JSON, null, shape);
    }
}
