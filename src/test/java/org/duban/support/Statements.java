package org.duban.support;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Hibernate's statistics of one request alone, for tests that hold a request to a number of SQL statements. */
public final class Statements {

    private Statements() {
    }

    /** The statistics of the request alone (cleared before it runs). */
    public static Statistics of(SessionFactory sessionFactory, Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        request.run();
        return statistics;
    }

    /** The SQL statements the request prepared. */
    public static long count(SessionFactory sessionFactory, Runnable request) {
        return of(sessionFactory, request).getPrepareStatementCount();
    }
}
