package org.duban.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@code ?sort=dueDate,-updatedAt} into a JPQL {@code order by} clause over an allowed set of fields, always
 * ending with the id so that pages never repeat or skip rows.
 */
public final class SortOrder {

    private SortOrder() {
    }

    /**
     * @param sort    the query parameter, may be null or blank for {@code defaultSort}
     * @param allowed API field name → JPQL expression
     * @param idPath  JPQL expression of the id, the final tiebreaker
     */
    public static String orderBy(String sort, String defaultSort, Map<String, String> allowed, String idPath) {
        String effective = sort == null || sort.isBlank() ? defaultSort : sort;
        List<String> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String raw : effective.split(",")) {
            String field = raw.strip();
            if (field.isEmpty()) {
                continue;
            }
            boolean descending = field.startsWith("-");
            String name = descending || field.startsWith("+") ? field.substring(1) : field;
            String path = allowed.get(name);
            if (path == null) {
                throw new InvalidRequestException("sort", "unknown sort field '" + name + "'; allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            if (seen.add(path)) {
                terms.add(path + (descending ? " desc" : " asc"));
            }
        }
        if (!seen.contains(idPath)) {
            terms.add(idPath + " asc");
        }
        return " order by " + String.join(", ", terms);
    }
}
