package org.duban.importing.units;

import java.util.List;

/**
 * A unit named in a table cell, as written: 市经信局, or 市经信局 with the divisions named in its parentheses
 * (市经信局(绿色处、消费品处) → divisions 绿色处, 消费品处). Parentheses that belong to a name are kept in ASCII form:
 * 各县(区)政府.
 *
 * @param name      the unit's name, parentheses in ASCII
 * @param divisions divisions (处/科/室 …) of that unit named with it, in order; empty when none
 */
public record UnitMention(String name, List<String> divisions) {

    public UnitMention {
        divisions = List.copyOf(divisions);
    }

    public static UnitMention of(String name) {
        return new UnitMention(name, List.of());
    }
}
