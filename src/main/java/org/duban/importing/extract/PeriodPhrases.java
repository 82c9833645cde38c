package org.duban.importing.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.quantity.Period;

/**
 * Reads the period phrases of Chinese progress texts (1-11月, 前三季度, 全年, 截至12月底, 12月28日 …) as date intervals
 * of the plan year. "截至目前" (as of now) is recognised but has no period: the text does not say when "now" was, so
 * the extractor warns rather than guess the publication date; nor has "自7月起" (since July), which says when something
 * started.
 */
public final class PeriodPhrases {

    /** A period phrase at {@code [start, end)} of a text; {@code period} is null when the phrase gives no dates. */
    public record Phrase(int start, int end, String text, Period period) {

        public boolean isDetermined() {
            return period != null;
        }
    }

    private record Rule(Pattern pattern, BiFunction<Matcher, Integer, Period> toPeriod) {
    }

    private static final String RANGE = "\\s*[-—~至到]\\s*";
    private static final String CN_DIGITS = "一二三四五六七八九十";

    /** Longer phrases are tried like the shorter ones; overlaps are resolved for the longest afterwards. */
    private static final List<Rule> RULES = List.of(
            rule("(?<!\\d)(\\d{4})年(\\d{1,2})(?:月)?" + RANGE + "(\\d{1,2})月份?",
                    (m, y) -> months(num(m, 1), num(m, 2), num(m, 3), m.group())),
            rule("(?<![\\d年])(\\d{1,2})(?:月)?" + RANGE + "(\\d{1,2})月份?(?![\\d日])",
                    (m, y) -> months(y, num(m, 1), num(m, 2), m.group())),
            rule("(?:截至|截止|截止到|截至到|到)\\s*(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]",
                    (m, y) -> toDay(yearOr(m, 1, y), num(m, 2), num(m, 3), m.group())),
            rule("(?:截至|截止|截止到|截至到|到)\\s*(?:(\\d{4})年)?(\\d{1,2})月(?:底|末|份)?(?![\\d日号])",
                    (m, y) -> months(yearOr(m, 1, y), 1, num(m, 2), m.group())),
            rule("(?:截至|截止|截止到|截至到)\\s*(?:目前|当前|现在|今天|发稿时|报告期末)", (m, y) -> null),
            // "自7月起按…发放": when a rate started, not the period a value is for
            rule("(?:自|从|于)\\s*(?:\\d{4}年)?\\d{1,2}月(?:\\d{1,2}[日号])?份?(?:起|开始|以来)", (m, y) -> null),
            rule("(?<![\\d\\-~至到])(\\d{1,2})月(?:底|末)", (m, y) -> months(y, 1, num(m, 1), m.group())),
            rule("前三季度", (m, y) -> months(y, 1, 9, m.group())),
            rule("前[两二]季度|上半年", (m, y) -> months(y, 1, 6, m.group())),
            rule("下半年", (m, y) -> months(y, 7, 12, m.group())),
            rule("(?<!前)第?([一二三四1-4])季度", (m, y) -> {
                int q = "一二三四".indexOf(m.group(1).charAt(0)) >= 0
                        ? "一二三四".indexOf(m.group(1).charAt(0)) + 1 : num(m, 1);
                return months(y, 3 * q - 2, 3 * q, m.group());
            }),
            rule("前(\\d{1,2}|[一二三四五六七八九十]{1,3})个?月", (m, y) -> months(y, 1, chineseOrArabic(m.group(1)),
                    m.group())),
            rule("(?<!\\d)(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]", (m, y) -> toDayOnly(yearOr(m, 1, y), num(m, 2),
                    num(m, 3), m.group())),
            rule("(?<![\\d\\-~至到.])(\\d{1,2})月份?(?![\\d日号底末\\-~至到])", (m, y) -> months(y, num(m, 1), num(m, 1),
                    m.group())),
            rule("(?<![\\d比较同于])(\\d{4})" + RANGE + "(\\d{4})年", (m, y) -> years(num(m, 1), num(m, 2), m.group())),
            rule("(?<![\\d比较同于])(\\d{4})年(?:底|末|度)?(?!\\d{1,2}月)", (m, y) -> years(num(m, 1), num(m, 1),
                    m.group())),
            rule("全年度?|今年|本年度?|年内|年度|年底|年末", (m, y) -> years(y, y, m.group())));

    private PeriodPhrases() {
    }

    /** The period one phrase stands for, in {@code year} unless it names its own year. */
    public static Optional<Period> parse(String phrase, int year) {
        if (phrase == null) {
            return Optional.empty();
        }
        String text = phrase.strip();
        return find(text, year).stream()
                .filter(p -> p.start() == 0 && p.end() == text.length())
                .findFirst()
                .map(Phrase::period);
    }

    /** All period phrases of {@code text}, in order, without overlaps (the longest phrase wins). */
    public static List<Phrase> find(String text, int year) {
        String normalized = ChineseText.normalize(text);
        List<Phrase> all = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(normalized);
            while (m.find()) {
                Period period;
                try {
                    period = rule.toPeriod().apply(m, year);
                } catch (RuntimeException invalid) {
                    continue; // 13月, 2月30日 or an inverted range: not a period
                }
                boolean undetermined = period == null;
                if (undetermined && "截自从于".indexOf(m.group().charAt(0)) < 0) {
                    continue;
                }
                String written = text.substring(m.start(), m.end());
                // the label is what the user wrote (１－１１月), not its normalised form
                all.add(new Phrase(m.start(), m.end(), written,
                        undetermined ? null : new Period(period.from(), period.to(), written)));
            }
        }
        all.sort(Comparator.comparingInt(Phrase::start).thenComparing(p -> -(p.end() - p.start())));
        List<Phrase> kept = new ArrayList<>();
        for (Phrase p : all) {
            if (kept.stream().noneMatch(k -> p.start() < k.end() && k.start() < p.end())) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingInt(Phrase::start));
        return kept;
    }

    private static Rule rule(String regex, BiFunction<Matcher, Integer, Period> toPeriod) {
        return new Rule(Pattern.compile(regex), toPeriod);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int yearOr(Matcher m, int group, int year) {
        return m.group(group) == null ? year : num(m, group);
    }

    /** 11, 十一 → 11; anything beyond a year's twelve months is rejected by {@link #months}. */
    private static int chineseOrArabic(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        int value = 0;
        for (char c : s.toCharArray()) {
            int digit = CN_DIGITS.indexOf(c) + 1;
            value = digit == 10 ? Math.max(value, 1) * 10 : value + digit;
        }
        return value;
    }

    private static Period months(int year, int from, int to, String label) {
        if (from < 1 || to > 12 || to < from) {
            throw new IllegalArgumentException("not a month range");
        }
        return Period.months(year, from, to, label);
    }

    private static Period years(int from, int to, String label) {
        if (from < 1900 || to > 2200 || to < from) {
            throw new IllegalArgumentException("not a year");
        }
        return new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), label);
    }

    /** 截至12月28日: year to date. */
    private static Period toDay(int year, int month, int day, String label) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, month, day), label);
    }

    /** 12月28日: that single day. */
    private static Period toDayOnly(int year, int month, int day, String label) {
        LocalDate date = LocalDate.of(year, month, day);
        return new Period(date, date, label);
    }
}
