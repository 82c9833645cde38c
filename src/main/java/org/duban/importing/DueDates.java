package org.duban.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.importing.table.TextNormalizer;

/** Reads a 完成时限 cell: 2023-12-31, 2023年12月底, 6月底前, 年底, 三季度末, 2023年 … into the last day it allows. */
final class DueDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年)?(?:第)?([一二三四1-4])季度");
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})年)?(上|下)半年");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private DueDates() {
    }

    static Optional<LocalDate> parse(String cell, int planYear) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String text = TextNormalizer.halfWidth(cell).replace(" ", "");
        try {
            Matcher m = ISO.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
            }
            m = YEAR_MONTH_DAY.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(year(m.group(1), planYear), num(m.group(2)), num(m.group(3))));
            }
            m = YEAR_MONTH.matcher(text);
            if (m.find()) {
                return Optional.of(YearMonth.of(year(m.group(1), planYear), num(m.group(2))).atEndOfMonth());
            }
            m = QUARTER.matcher(text);
            if (m.find()) {
                int quarter = "一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1 : num(m.group(2));
                return Optional.of(YearMonth.of(year(m.group(1), planYear), quarter * 3).atEndOfMonth());
            }
            m = HALF.matcher(text);
            if (m.find()) {
                return Optional.of(YearMonth.of(year(m.group(1), planYear), m.group(2).equals("上") ? 6 : 12)
                        .atEndOfMonth());
            }
            m = YEAR.matcher(text);
            if (m.find()) {
                return Optional.of(LocalDate.of(num(m.group(1)), 12, 31));
            }
            if (text.contains("年底") || text.contains("年末") || text.contains("年内") || text.contains("全年")) {
                return Optional.of(LocalDate.of(planYear, 12, 31));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int year(String written, int planYear) {
        return written == null ? planYear : num(written);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
