package org.duban.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duban.common.InvalidRequestException;
import org.duban.common.Violation;
import org.duban.security.Roles;
import org.duban.unit.Unit;
import org.duban.unit.UnitRepository;

/** Checks roles and unit bindings of accounts and API keys: known roles; units for reporters, and only for them. */
@ApplicationScoped
public class Bindings {

    private final UnitRepository units;

    public Bindings(UnitRepository units) {
        this.units = units;
    }

    /** The roles, validated; a violation names {@code field[i]}. */
    public Set<String> roles(String field, List<String> roles) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!Roles.isRole(roles.get(i))) {
                violations.add(new Violation(field + "[" + i + "]", "must be one of " + Roles.ALL));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new LinkedHashSet<>(roles);
    }

    /** The unit ids, validated against the roles: a reporter needs at least one, other roles none. */
    public Set<Long> units(Set<String> roles, List<Long> unitIds) {
        List<Long> ids = unitIds == null ? List.of() : unitIds;
        if (roles.contains(Roles.REPORTER) && ids.isEmpty()) {
            throw new InvalidRequestException("unitIds", "a reporter must be bound to at least one unit");
        }
        if (!roles.contains(Roles.REPORTER) && !ids.isEmpty()) {
            throw new InvalidRequestException("unitIds", "only a reporter is bound to units");
        }
        Set<Long> found = new LinkedHashSet<>();
        if (!ids.isEmpty()) {
            units.list("id in ?1", ids).stream().map((Unit u) -> u.id).forEach(found::add);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!found.contains(ids.get(i))) {
                throw new InvalidRequestException("unitIds[" + i + "]", "no unit with id " + ids.get(i));
            }
        }
        return new LinkedHashSet<>(ids);
    }
}
