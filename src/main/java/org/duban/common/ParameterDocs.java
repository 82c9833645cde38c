package org.duban.common;

/** Descriptions of the parameters many operations share, written once for the OpenAPI document. */
public final class ParameterDocs {

    /** {@code asOf}: the date lights are computed for. */
    public static final String AS_OF = "The date lights are computed for (a task with no data after its due date is "
            + "YELLOW); today in Asia/Shanghai when absent";
    /** Example of {@link #AS_OF}. */
    public static final String AS_OF_EXAMPLE = "2023-12-31";
    /** {@code If-Match} of a write. */
    public static final String IF_MATCH = "The ETag of the representation this write was made against; when it is no "
            + "longer current the answer is 412 and nothing is written. Optional: without it the write applies to "
            + "whatever is current";
    /** {@code region} filter of a list. */
    public static final String REGION = "Region name";
    /** Example of {@link #REGION}. */
    public static final String REGION_EXAMPLE = "舟山市";

    private ParameterDocs() {
    }
}
