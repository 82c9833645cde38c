package org.duban.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI shape of a {@link PageResponse} of {@code T}, for documentation only. List operations answer from the
 * representation cache (JSON already rendered), so their return type cannot name the page; each names a subclass
 * instead ({@code @APIResponseSchema(TaskResponse.Page.class)}), which gives its items a type.
 */
public abstract class PageSchema<T> {

    @Schema(description = "The items of this page, in the requested order", required = true)
    public List<T> items;
    @Schema(description = "Zero-based page number", examples = "0", required = true)
    public int page;
    @Schema(description = "Requested page size (1–200)", examples = "20", required = true)
    public int size;
    @Schema(description = "Number of items over all pages", examples = "12", required = true)
    public long totalItems;
    @Schema(description = "Number of pages of this size", examples = "1", required = true)
    public int totalPages;
}
