package org.duban.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every collection: one page of items and where it stands in the whole. */
public record PageResponse<T>(
        @Schema(description = "The items of this page, in the requested order") List<T> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Requested page size (1–200)", examples = "20") int size,
        @Schema(description = "Number of items over all pages", examples = "12") long totalItems,
        @Schema(description = "Number of pages of this size", examples = "1") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    /** The requested page of a list already held whole in memory (ranked or filtered in Java). */
    public static <T> PageResponse<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        return of(all.subList(from, Math.min(from + request.size(), all.size())), request, all.size());
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
