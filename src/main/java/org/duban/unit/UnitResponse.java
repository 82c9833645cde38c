package org.duban.unit;

import org.duban.common.PageSchema;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit as the API returns it. */
@Schema(name = "Unit", description = "An organisation of a region: bureau, district government, zone committee, division or collective")
public record UnitResponse(
        @Schema(description = "Identifier", examples = "1") long id,
        @Schema(description = "Canonical name", examples = "市经信局") String name,
        @Schema(description = "Region, a plain name", examples = "舟山市") String region,
        @Schema(description = "Kind of organisation", examples = "MUNICIPAL_DEPARTMENT") UnitKind kind,
        @Schema(description = "Other forms of the name, sorted", examples = "[\"市经济和信息化局\", \"经信局\"]") List<String> aliases,
        @Schema(description = "Id of the parent unit for a division", nullable = true) Long parentId,
        @Schema(description = "Name of the parent unit for a division", nullable = true) String parentName,
        @Schema(description = "Optimistic-locking version", examples = "0") int version,
        @Schema(description = "When it was created (UTC)", examples = "2024-01-19T01:17:00Z") Instant createdAt,
        @Schema(description = "When it last changed (UTC)", examples = "2024-01-19T01:17:00Z") Instant updatedAt) {

    /** The OpenAPI shape of a page of units. */
    @Schema(name = "UnitPage", description = "A page of units")
    public static final class Page extends PageSchema<UnitResponse> {
    }
    static UnitResponse of(Unit unit, List<String> aliases) {
        Unit parent = unit.parent;
        return new UnitResponse(unit.id, unit.name, unit.region, unit.kind, aliases.stream().sorted().toList(),
                parent == null ? null : parent.id, parent == null ? null : parent.name, unit.version, unit.createdAt,
                unit.updatedAt);
    }

    UnitRequest toRequest() {
        return new UnitRequest(name, region, kind, aliases, parentId);
    }
}
