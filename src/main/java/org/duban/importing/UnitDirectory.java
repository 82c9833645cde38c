package org.duban.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duban.importing.units.UnitAliasDictionary;
import org.duban.importing.units.UnitKindGuesser;
import org.duban.unit.Unit;
import org.duban.unit.UnitKind;
import org.hibernate.Hibernate;

/**
 * The units of one region during an import: finds a unit by any written form (name, alias, or a form the alias
 * dictionary relates to one, so 市经济和信息化局 finds 市经信局), and creates the ones the region does not have yet,
 * named as the table writes them with the dictionary's other forms as aliases.
 */
final class UnitDirectory {

    private final String region;
    private final UnitAliasDictionary dictionary;
    private final Map<String, Unit> byForm = new HashMap<>();
    private final Map<String, Unit> byKey = new HashMap<>();
    /** Divisions by their parent (the same instance within one persistence context) and name. */
    private final Map<Unit, Map<String, Unit>> divisions = new IdentityHashMap<>();
    private final List<Unit> created = new ArrayList<>();

    UnitDirectory(String region, List<Unit> existing, UnitAliasDictionary dictionary) {
        this.region = region;
        this.dictionary = dictionary;
        existing.forEach(this::index);
    }

    /** The unit this form names, if the region has one. */
    Optional<Unit> find(String form) {
        Unit unit = byForm.get(form);
        if (unit == null) {
            unit = byKey.get(dictionary.matchKey(form, region));
        }
        return Optional.ofNullable(unit);
    }

    /** The unit this form names, created (not yet persisted) when the region has none. */
    Unit findOrCreate(String form) {
        return find(form).orElseGet(() -> create(form, UnitKind.valueOf(UnitKindGuesser.guess(form)), null));
    }

    /** The division of {@code parent} written as {@code name}, if the region has it. */
    Optional<Unit> findDivision(Unit parent, String name) {
        Unit known = divisions.getOrDefault(real(parent), Map.of()).get(name);
        return Optional.ofNullable(known);
    }

    /**
     * The division of {@code parent} written as {@code name}, created when absent. Its name is unique in the region
     * only if no other unit took it: it is qualified by its parent then (市经信局综合处); empty when even that name
     * belongs to another unit.
     */
    Optional<Unit> divisionOf(Unit parent, String name) {
        Optional<Unit> known = findDivision(parent, name);
        if (known.isPresent()) {
            return known;
        }
        String unique = byForm.containsKey(name) ? parent.name + name : name;
        if (byForm.containsKey(unique)) {
            return Optional.empty();
        }
        return Optional.of(create(unique, UnitKind.DIVISION, parent));
    }

    /** Units created during this import, in the order they were first named. */
    List<Unit> created() {
        return created;
    }

    private Unit create(String name, UnitKind kind, Unit parent) {
        Unit unit = new Unit();
        unit.region = region;
        unit.name = name;
        unit.kind = kind;
        unit.parent = parent;
        Set<String> aliases = new LinkedHashSet<>();
        for (String form : dictionary.equivalentForms(name)) {
            if (!form.equals(name) && !byForm.containsKey(form)) {
                aliases.add(form);
            }
        }
        unit.aliases.addAll(aliases);
        created.add(unit);
        index(unit);
        return unit;
    }

    private void index(Unit unit) {
        byForm.putIfAbsent(unit.name, unit);
        byKey.putIfAbsent(dictionary.matchKey(unit.name, region), unit);
        for (String alias : unit.aliases) {
            byForm.putIfAbsent(alias, unit);
            byKey.putIfAbsent(dictionary.matchKey(alias, region), unit);
        }
        if (unit.parent != null) {
            Map<String, Unit> siblings = divisions.computeIfAbsent(real(unit.parent), p -> new HashMap<>());
            siblings.putIfAbsent(unit.name, unit);
            if (unit.name.startsWith(unit.parent.name)) {
                siblings.putIfAbsent(unit.name.substring(unit.parent.name.length()), unit);
            }
        }
    }

    /** The entity behind a lazy reference, so that identity comparisons hold within the persistence context. */
    private static Unit real(Unit unit) {
        return (Unit) Hibernate.unproxy(unit);
    }
}
