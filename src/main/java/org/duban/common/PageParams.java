package org.duban.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every collection, documented and validated once: taken as
 * {@code @Valid @BeanParam PageParams paging}. A value out of range is a 400 naming the parameter.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Zero-based page (default 0)", example = "0")
    @Min(value = 0, message = "must be 0 or greater")
    Integer page;

    @QueryParam("size")
    @Parameter(description = "Page size (default " + PageRequest.DEFAULT_SIZE + ", at most " + PageRequest.MAX_SIZE + ")",
            example = "20")
    @Min(value = 1, message = "must be between 1 and " + PageRequest.MAX_SIZE)
    @Max(value = PageRequest.MAX_SIZE, message = "must be between 1 and " + PageRequest.MAX_SIZE)
    Integer size;

    /** The page asked for; also refuses a page beyond the last one that can be addressed. */
    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
