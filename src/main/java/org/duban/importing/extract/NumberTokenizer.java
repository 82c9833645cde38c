package org.duban.importing.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of a text: Arabic numbers followed by a unit of measure. Numbers that only name or date
 * something are never quantities: anything inside quotes or book-title marks (“5428”行动, “3个核心区+1个协同区”),
 * period phrases and dates, ranks (第2位, 全省前3), item numbers (1. 2、 (3)), codes (5G, 415X, PM2.5, 1+5) and
 * numbers without a unit (7412等企业). Chinese numerals (三年行动) are deliberately not read: in these tables they
 * name things far more often than they count them.
 */
final class NumberTokenizer {

    private static final char MASK = '\u00a4';
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Units after the number; the longest written form wins, a magnitude prefix (万, 亿 …) may precede them. */
    private static final List<String> UNITS = sortedLongestFirst(List.of(
            "元/亩", "元/平方米", "元/吨", "元/人", "元", "美元", "吨标准煤", "吨标煤", "吨", "千瓦时", "千瓦", "兆瓦", "度",
            "亩", "平方米", "平方公里", "平方千米", "公顷", "公里", "千米", "米", "立方米", "微克/立方米", "毫克/立方米",
            "个百分点", "百分点", "%", "家次", "人次", "户次", "辆次", "艘次", "标箱", "标准箱", "TEU", "家", "个", "项",
            "件", "次", "人", "户", "座", "艘", "台", "套", "所", "条", "只", "名", "批", "辆", "张", "架", "栋", "幢", "处",
            "间", "千克", "公斤", "克", "升", "倍", "株", "个工作日", "工作日", "天", "小时", "分钟", "位", "张床",
            "床", "场次", "场"));

    private static final String[][] MAGNITUDES = {
            {"万亿", "1000000000000"}, {"千万", "10000000"}, {"百万", "1000000"}, {"亿", "100000000"}, {"万", "10000"},
            {"千", "1000"}};

    /** Words that make a bare 亿 / 万 an amount of money ("500亿工业投资", "总投资约760亿"). */
    private static final Pattern MONEY_CONTEXT = Pattern.compile(
            "投资|资金|产值|营收|收入|税|减负|总值|增加值|销售|贷款|融资|消费|出口|进口|利润|经费|奖补|补贴|补助|金额|成本|费用|资产|存款|元");

    private static final Pattern CHINESE_NUMBER = Pattern.compile(
            "(?<![一二两三四五六七八九十百千万亿第前\\d])([一二两三四五六七八九十百千]{1,6})(万|亿)?");

    /** 四分之三, 三分之二, 百分之八十, 3分之1: a share, read as a percentage. */
    private static final Pattern FRACTION = Pattern.compile(
            "([一二两三四五六七八九十百]{1,3}|\\d{1,3})\\s*分之\\s*([一二两三四五六七八九十百]{1,4}|\\d{1,3})");

    /** A unit per time: 吨/日, 立方米/天, 人次/年. */
    private static final Pattern PER_TIME = Pattern.compile("/(?:日|天|年|月|小时|周)");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\dA-Za-z.+])(-?)(\\d+(?:,\\d{3})*(?:\\.\\d+)?)");

    private static final List<Pattern> NEVER_QUANTITIES = List.of(
            Pattern.compile("第\\s*\\d+"), // ranks and ordinals: 第2位, 第一批 (the latter is not digits anyway)
            Pattern.compile("前\\s*\\d+(?:位|名|强)?(?![\\d.]*\\s*个?月)"), // 全省前3 (前11个月 is a period)
            Pattern.compile("\\d+强"), // 500强
            Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"), // ISO dates
            Pattern.compile("\\d{1,2}:\\d{2}"), // times
            Pattern.compile("\\d{4}\\s*年"), // any year, also the base of a comparison (比2022年)
            Pattern.compile("(?:^|(?<=[\\s。；;:|，,、)\\]】]))\\d{1,2}[.、)](?!\\d)"), // item numbers 1. 2、 3)
            Pattern.compile("[(\\[【]\\d{1,2}[)\\]】]")); // (1) 【2】

    private static final String[][] QUOTES = {{"“", "”"}, {"\"", "\""}, {"‘", "’"}, {"「", "」"}, {"『", "』"},
            {"《", "》"}, {"〈", "〉"}, {"'", "'"}};

    private static final int MAX_QUOTED = 60;

    private NumberTokenizer() {
    }

    /** The quantities of {@code normalized} (see {@link ChineseText#normalize}), skipping the given period phrases. */
    static List<NumberSpan> find(String normalized, List<PeriodPhrases.Phrase> periods) {
        char[] masked = normalized.toCharArray();
        maskQuotes(normalized, masked);
        for (PeriodPhrases.Phrase p : periods) {
            mask(masked, p.start(), p.end());
        }
        for (Pattern never : NEVER_QUANTITIES) {
            Matcher m = never.matcher(normalized);
            while (m.find()) {
                mask(masked, m.start(), m.end());
            }
        }
        List<NumberSpan> spans = new ArrayList<>();
        Matcher fraction = FRACTION.matcher(new String(masked));
        while (fraction.find()) {
            NumberSpan span = readFraction(fraction);
            if (span != null) {
                spans.add(span);
                mask(masked, fraction.start(), fraction.end()); // its digits are no numbers of their own
            }
        }
        String text = new String(masked);
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            NumberSpan span = read(text, m);
            if (span != null) {
                spans.add(span);
            }
        }
        Matcher cn = CHINESE_NUMBER.matcher(text);
        while (cn.find()) {
            NumberSpan span = readChinese(text, cn);
            if (span != null) {
                spans.add(span);
            }
        }
        spans.sort(Comparator.comparingInt(NumberSpan::start));
        return spans;
    }

    private static NumberSpan read(String text, Matcher m) {
        int start = m.start();
        int numberEnd = m.end();
        boolean negative = !m.group(1).isEmpty();
        if (negative && start > 0 && !isSignContext(text.charAt(start - 1))) {
            return null; // a dash between two things, not a minus sign
        }
        if (numberEnd < text.length() && isCode(text, numberEnd)) {
            return null; // 5G, 415X, 1+5
        }
        if (start > 0 && text.charAt(start - 1) == '+') {
            return null;
        }
        int unitStart = numberEnd;
        while (unitStart < text.length() && text.charAt(unitStart) == ' ' && unitStart - numberEnd < 2) {
            unitStart++;
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
        if (negative) {
            value = value.negate();
        }
        String rest = text.substring(unitStart);
        BigDecimal magnitude = BigDecimal.ONE;
        String prefix = "";
        for (String[] mag : MAGNITUDES) {
            if (rest.startsWith(mag[0])) {
                prefix = mag[0];
                magnitude = new BigDecimal(mag[1]);
                break;
            }
        }
        String afterPrefix = rest.substring(prefix.length());
        String unit = UNITS.stream().filter(afterPrefix::startsWith).findFirst().orElse(null);
        if (unit == null && !prefix.isEmpty() && UNITS.stream().anyMatch(rest::startsWith)) {
            prefix = ""; // 千米, 千瓦: the 千 belongs to the unit
            unit = UNITS.stream().filter(rest::startsWith).findFirst().orElseThrow();
        }
        int end;
        String written;
        if (unit != null) {
            end = unitStart + prefix.length() + unit.length();
            if (end < text.length() && text.charAt(end) == '月' && unit.equals("个")) {
                return null; // 3个月 is a duration
            }
            written = prefix + (unit.equals("百分点") ? "个百分点" : unit);
            Matcher perTime = PER_TIME.matcher(text).region(end, text.length());
            if (!unit.contains("/") && !unit.equals("%") && !unit.endsWith("百分点") && perTime.lookingAt()) {
                written += perTime.group(); // 5万吨/日: a rate, not an amount
                end = perTime.end();
            }
        } else if (prefix.equals("亿") || prefix.equals("万") || prefix.equals("万亿")) {
            end = unitStart + prefix.length();
            if (isMoneyContext(text, start, end)) {
                written = prefix + "元";
            } else {
                // "访问量已超10万": the magnitude multiplies a count of things
                value = value.multiply(magnitude);
                written = "个";
            }
        } else {
            return null; // a number without a unit: a code, a name, or a count we cannot interpret
        }
        return new NumberSpan(start, numberEnd, end, org.duban.quantity.Decimals.normalize(value), written);
    }

    /**
     * A Chinese numeral that counts: 两万人, 十个, 二十五家. Small ones without a magnitude (一个中心, 两个健康, 三个一批)
     * name things far more often than they count them, so only values of at least ten, or with 万/亿, are read.
     */
    private static NumberSpan readChinese(String text, Matcher m) {
        BigDecimal value = chineseValue(m.group(1));
        if (value == null || m.group(1).equals("百") || m.group(1).equals("千")) { // 百姓, 千家万户
            return null;
        }
        int end = m.end(1);
        String prefix = "";
        if (m.group(2) != null) {
            prefix = m.group(2);
            end = m.end(2);
        } else if (value.compareTo(BigDecimal.TEN) < 0) {
            return null;
        }
        String rest = text.substring(end);
        String unit = UNITS.stream().filter(rest::startsWith).findFirst().orElse(null);
        if (unit == null || unit.equals("%")) {
            return null;
        }
        if (end + unit.length() < text.length() && text.charAt(end + unit.length()) == '月' && unit.equals("个")) {
            return null; // 十个月 is a duration
        }
        return new NumberSpan(m.start(), m.end(1), end + unit.length(), org.duban.quantity.Decimals.normalize(value),
                prefix + unit);
    }

    /**
     * A fraction as a percentage: 四分之三 → 75 %, 百分之八十 → 80 %. One that has no finite decimal (三分之二) is rounded
     * to one decimal (66.7 %), as tables write it; its source text keeps the fraction.
     */
    private static NumberSpan readFraction(Matcher m) {
        BigDecimal denominator = numeral(m.group(1));
        BigDecimal numerator = numeral(m.group(2));
        if (denominator == null || numerator == null || denominator.signum() == 0
                || numerator.compareTo(denominator) > 0) {
            return null;
        }
        BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, 10, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (percent.scale() > 1) {
            percent = percent.setScale(1, RoundingMode.HALF_UP);
        }
        return new NumberSpan(m.start(), m.end(), m.end(), org.duban.quantity.Decimals.normalize(percent), "%");
    }

    private static BigDecimal numeral(String written) {
        return Character.isDigit(written.charAt(0)) ? new BigDecimal(written) : chineseValue(written);
    }

    /** 两 → 2, 十 → 10, 二十五 → 25, 三百 → 300, 一千二百 → 1200; null for what is no plain numeral. */
    static BigDecimal chineseValue(String numeral) {
        long total = 0;
        long digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c);
            if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                if (digit >= 0) {
                    return null; // 一二三: a list, not a number
                }
                digit = d;
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) {
                return null;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        total += Math.max(digit, 0);
        return total == 0 ? null : BigDecimal.valueOf(total);
    }

    private static boolean isSignContext(char before) {
        return !Character.isLetterOrDigit(before) || Character.isIdeographic(before) && before != '月' && before != '年';
    }

    /** A letter or plus right after the digits makes them part of a code or a name: 5G, 4K, 415X, 1+5. */
    private static boolean isCode(String text, int at) {
        char c = text.charAt(at);
        return c == '+' || c < 128 && Character.isLetter(c) && !text.startsWith("TEU", at);
    }

    private static boolean isMoneyContext(String text, int start, int end) {
        int from = Math.max(0, start - 24);
        int to = Math.min(text.length(), end + 8);
        String window = text.substring(from, to);
        return MONEY_CONTEXT.matcher(window).find();
    }

    private static void maskQuotes(String text, char[] masked) {
        for (String[] q : QUOTES) {
            int open = text.indexOf(q[0]);
            while (open >= 0) {
                int close = text.indexOf(q[1], open + 1);
                if (close < 0 || close - open > MAX_QUOTED) {
                    open = text.indexOf(q[0], open + 1);
                    continue;
                }
                mask(masked, open + 1, close);
                open = text.indexOf(q[0], close + 1);
            }
        }
    }

    private static void mask(char[] masked, int from, int to) {
        for (int i = from; i < to; i++) {
            masked[i] = MASK;
        }
    }

    private static List<String> sortedLongestFirst(List<String> units) {
        List<String> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
