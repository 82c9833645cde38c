package org.duban.changes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed and the cursor to read the next one from. */
@Schema(name = "ChangePage", description = "Changes in commit order, and where to continue")
public record ChangePage(
        @Schema(description = "The changes after the cursor, oldest first; empty when nothing new has been committed")
        List<ChangeItem> items,
        @Schema(description = "Pass it as `after` for the next page; an empty page keeps the same value",
                examples = "1523") String next) {
}
