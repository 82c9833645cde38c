package org.duban.importing.units;

/**
 * Kinds of unit the importer can guess from a name. The constant names are exactly those of the persistence enum
 * {@code org.duban.unit.UnitKind}, so {@code UnitKind.valueOf(guessed.name())} converts one into the other.
 */
public enum GuessedUnitKind {
    MUNICIPAL_DEPARTMENT,
    DISTRICT_GOVERNMENT,
    ZONE_COMMITTEE,
    CENTRAL_BRANCH,
    DIVISION,
    GROUP,
    OTHER
}
