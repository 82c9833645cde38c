package org.duban.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * What a merge patch is applied to: the resource's current PUT shape and the entity tag of the representation it was
 * read from. The write then requires that tag unless the client sent its own If-Match, so that a change made between
 * reading the base and writing the merge is refused (412) instead of being overwritten.
 */
public record PatchBase<T>(T request, EntityTag tag) {

    /** The client's If-Match when it sent one, otherwise the tag the patch was based on. */
    public String ifMatch(String clientIfMatch) {
        return clientIfMatch != null && !clientIfMatch.isBlank() ? clientIfMatch : tag.toString();
    }
}
