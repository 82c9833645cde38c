package org.duban.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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

    /** The latest day the cell allows ("6月至12月" → end of December), or empty when it names none. */
    static Optional<LocalDate> parse(String cell, int planYear) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(TextNormalizer.halfWidth(cell).replace(" ", ""));
        List<LocalDate> dates = new ArrayList<>();
        try {
            // Most precise forms first; each match is blanked out so that 2023年6月 is not read again as 2023年.
            collect(text, ISO, m -> LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))), dates);
            collect(text, YEAR_MONTH_DAY, m -> LocalDate.of(year(m.group(1), planYear), num(m.group(2)),
                    num(m.group(3))), dates);
            collect(text, YEAR_MONTH, m -> YearMonth.of(year(m.group(1), planYear), num(m.group(2))).atEndOfMonth(),
                    dates);
            collect(text, QUARTER, m -> {
                int quarter = "一二三四".indexOf(m.group(2)) >= 0 ? "一二三四".indexOf(m.group(2)) + 1 : num(m.group(2));
                return YearMonth.of(year(m.group(1), planYear), quarter * 3).atEndOfMonth();
            }, dates);
            collect(text, HALF, m -> YearMonth.of(year(m.group(1), planYear), m.group(2).equals("上") ? 6 : 12)
                    .atEndOfMonth(), dates);
            collect(text, YEAR, m -> LocalDate.of(num(m.group(1)), 12, 31), dates);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        String rest = text.toString();
        if (rest.contains("年底") || rest.contains("年末") || rest.contains("年内") || rest.contains("全年")) {
            dates.add(LocalDate.of(planYear, 12, 31));
        }
        return dates.stream().max(LocalDate::compareTo);
    }

    private static void collect(StringBuilder text, Pattern pattern, Function<Matcher, LocalDate> read,
            List<LocalDate> dates) {
        Matcher m = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            dates.add(read.apply(m));
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }

    private static int year(String written, int planYear) {
        return written == null ? planYear : num(written);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
