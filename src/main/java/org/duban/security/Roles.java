package org.duban.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The four roles and what each implies: an admin is also an editor, an editor and a reporter also viewers. Resources
 * name the least role an operation needs; the identity carries the implied ones, so {@code @RolesAllowed("viewer")}
 * admits every role.
 */
public final class Roles {

    /** Reads internal plans. */
    public static final String VIEWER = "viewer";
    /** Bound to units: adds measurements and progress reports and sets the status of those units' tasks. */
    public static final String REPORTER = "reporter";
    /** Manages plans, tasks, indicators and imports; sets verdicts and light overrides. */
    public static final String EDITOR = "editor";
    /** Everything, plus units, accounts, API keys and the audit trail. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(VIEWER, REPORTER, EDITOR, ADMIN);

    private Roles() {
    }

    public static boolean isRole(String role) {
        return ALL.contains(role);
    }

    /** The given roles with the ones they imply; unknown role names are kept as they are. */
    public static Set<String> withImplied(Set<String> roles) {
        Set<String> result = new LinkedHashSet<>(roles);
        if (roles.contains(ADMIN)) {
            result.add(EDITOR);
            result.add(VIEWER);
        }
        if (roles.contains(EDITOR) || roles.contains(REPORTER)) {
            result.add(VIEWER);
        }
        return result;
    }
}
