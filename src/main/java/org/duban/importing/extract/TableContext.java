package org.duban.importing.extract;

import org.duban.quantity.Period;

/**
 * What the table around a row says about its cells: the headers of its numeric columns, the period the document
 * reports on (from its title or caption: 上半年, 1-9月), and whether the content column names indicators (指标名称)
 * rather than tasks.
 *
 * @param planYear          the plan's year: the period of a target, and of an actual nothing else dates
 * @param target            header of the 目标 column
 * @param actual            header of the 完成值 column
 * @param progress          header of the 完成情况 / 当前进度 column
 * @param stage             header of a 一季度目标 / 半年度目标 column
 * @param completionRate    header of the 完成率 column
 * @param documentPeriod    the period the document reports on, or null when it names none
 * @param contentIsIndicator true when each row's content is an indicator's name (指标名称)
 */
public record TableContext(int planYear, ColumnHeader target, ColumnHeader actual, ColumnHeader progress,
        ColumnHeader stage, ColumnHeader completionRate, Period documentPeriod, boolean contentIsIndicator) {

    /** A table with no headers worth reading: only the plan year is known. */
    public static TableContext ofYear(int planYear) {
        return new TableContext(planYear, ColumnHeader.NONE, ColumnHeader.NONE, ColumnHeader.NONE, ColumnHeader.NONE,
                ColumnHeader.NONE, null, false);
    }

    /**
     * The period of a value in a column with this header that names none itself: the header's, else the document's,
     * else the plan year's.
     */
    Period periodFor(ColumnHeader header) {
        if (header.period() != null) {
            return header.period();
        }
        return documentPeriod != null ? documentPeriod : Period.year(planYear);
    }
}
