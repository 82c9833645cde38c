package org.duban.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST and PUT /units: a unit as a client writes it. */
@Schema(name = "UnitRequest", description = "A unit to create or replace")
public record UnitRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "Canonical name, unique within the region", examples = "市经信局") String name,
        @NotBlank @Size(max = 100)
        @Schema(description = "Region the unit belongs to, a plain name", examples = "舟山市") String region,
        @NotNull @Schema(description = "Kind of organisation", examples = "MUNICIPAL_DEPARTMENT") UnitKind kind,
        @Size(max = 50)
        @Schema(description = "Other forms of the name that find this unit", examples = "[\"经信局\", \"市经济和信息化局\"]")
        List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(description = "Id of the unit this one is a division of", examples = "1") Long parentId) {
}
