package org.duban.unit;

/** What sort of organisation a unit is. */
public enum UnitKind {
    /** A bureau of the city government: 市经信局. */
    MUNICIPAL_DEPARTMENT,
    /** A county or district government: 定海区政府. */
    DISTRICT_GOVERNMENT,
    /** The management committee of a functional zone: 金塘管委会. */
    ZONE_COMMITTEE,
    /** A local branch of a central institution: 人行舟山市中心支行, 舟山银保监分局. */
    CENTRAL_BRANCH,
    /** A division inside a unit: 绿色处 under 市经信局. */
    DIVISION,
    /** A collective standing for many units at once, never expanded: 各县(区)政府, 功能区管委会. */
    GROUP,
    /** Anything else: a state-owned company, an association. */
    OTHER
}
