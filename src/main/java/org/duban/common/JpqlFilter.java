package org.duban.common;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL condition assembled from the optional filters of a list request, with its named parameters, and the two
 * queries of a page over it: the rows of the page and the total count.
 */
public final class JpqlFilter {

    private final StringBuilder condition = new StringBuilder("1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code and <clause>} binding {@code :name} to {@code value}. */
    public JpqlFilter and(String clause, String name, Object value) {
        condition.append(" and ").append(clause);
        parameters.put(name, value);
        return this;
    }

    /** Adds {@code and <clause>} binding each of its named parameters. */
    public JpqlFilter and(String clause, Map<String, Object> values) {
        condition.append(" and ").append(clause);
        parameters.putAll(values);
        return this;
    }

    public String condition() {
        return condition.toString();
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** The rows of one page and the number of rows over all pages. */
    public record Page<T>(List<T> rows, long total) {
    }

    /**
     * Runs {@code <select> where <condition> <orderBy>} for the page and {@code <count> where <condition>} for the
     * total; {@code select} and {@code count} end with their from clause, e.g. {@code "select u from Unit u"}.
     */
    public <T> Page<T> page(EntityManager em, String select, String count, String orderBy, PageRequest page,
            Class<T> type) {
        var rows = em.createQuery(select + " where " + condition + orderBy, type)
                .setFirstResult(page.offset()).setMaxResults(page.size());
        var total = em.createQuery(count + " where " + condition, Long.class);
        parameters.forEach((k, v) -> {
            rows.setParameter(k, v);
            total.setParameter(k, v);
        });
        return new Page<>(rows.getResultList(), total.getSingleResult());
    }
}
