package org.duban.importing.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether the name a completion text gives a number (工业技改投资, “个转企”, 培育市级“链主”培育企业) is an
 * indicator's name (技改投资, 新增个转企, 培育扶持“链主型”企业). Both names are reduced to a core (quotes, scope words
 * such as 全市/市级 and leading verbs such as 新增/培育 removed); the candidate must then end in the indicator's head
 * noun (投资, 企业, 增加值 …) and share at least one of its other two-character terms, so that 技改投资 never answers
 * for 工业投资 nor 营收 for 增加值. The score (Dice over character bigrams) ranks competing candidates.
 */
final class NameMatcher {

    /** Nouns that say what is measured; the rightmost one in a name is its head. */
    private static final List<String> HEADS = List.of("增加值", "生产总值", "总值", "投资", "减负", "税收", "营收", "营业收入",
            "收入", "产值", "企业", "项目", "就业", "基站", "浓度", "能耗", "排放", "产量", "销售额", "出口", "进口", "消费",
            "零售总额", "人数", "人次", "面积", "用地", "用能", "贷款", "融资", "利润", "投入", "比重", "占比", "园区", "平台",
            "人才", "专利", "用电量", "吞吐量", "游客", "客流", "个转企", "小升规", "GDP");

    private static final Pattern NOISE = Pattern.compile("[“”\"‘’'「」『』《》()（）\\s]|全市|我市|全区|全县|本市|市级|同比");

    /** 地区生产总值 and GDP are one quantity. */
    private static final Pattern GDP = Pattern.compile("地区生产总值|生产总值|国内生产总值");
    /** A rate of growth is named by its quantity in a completion text: 区级财政收入增长率 ← 区级财政收入增长5%. */
    private static final Pattern GROWTH_SUFFIX = Pattern.compile("(?:同比)?(?:增长率|增速|增幅|增长幅度|增长)$");

    private static final List<String> LEADING_VERBS = List.of("培育扶持", "新增", "新培育", "新认定", "新建", "新开工",
            "新引进", "新招引", "培育", "扶持", "引进", "招引", "认定", "建成", "完成", "实现", "为企业", "为");

    private NameMatcher() {
    }

    /** 0 when {@code candidate} does not name {@code indicator}; otherwise a score in (0, 1], higher is closer. */
    static double score(String indicator, String candidate) {
        String a = core(indicator);
        String b = core(candidate);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        String head = head(a);
        if (!b.endsWith(head) && !head(b).equals(head)) {
            return 0;
        }
        if (b.equals(head)) {
            return 0.3; // "完成减负51.5亿元", "新增就业2.3万人": the bare head noun, in the task's own text
        }
        Set<String> key = bigrams(a);
        key.removeAll(bigrams(head));
        Set<String> other = bigrams(b);
        if (!key.isEmpty() && key.stream().noneMatch(other::contains)) {
            return abbreviates(b, a) && b.endsWith(head) ? 0.5 : 0;
        }
        double dice = dice(bigrams(a), other);
        double containment = b.contains(a) ? 0.1 : 0;
        return Math.max(0.01, Math.min(1, dice + containment));
    }

    /**
     * True when {@code candidate}, which {@link #score} did not match, may still not measure {@code indicator}: it
     * names a head noun of its own (技改投资 is another 投资 than 工业投资), or it is a noun phrase that shares no
     * character with the indicator's name. A bare verb phrase (已完工, 已建成) contradicts nothing.
     */
    static boolean contradicts(String indicator, String candidate) {
        String a = core(indicator);
        String b = core(candidate);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (namedHead(b) != null) {
            return true;
        }
        return b.length() >= 4 && b.chars().noneMatch(c -> a.indexOf(c) >= 0);
    }

    /**
     * 技改项目 for 技术改造项目: a Chinese abbreviation keeps characters of the full name in their order, at most one
     * dropped between two kept ones (a character of each word). 工业投资 drops the whole word 技改 of 工业技改投资: it
     * names a larger quantity, not the same one.
     */
    static boolean abbreviates(String shortName, String fullName) {
        if (shortName.length() < 3 || shortName.length() >= fullName.length()) {
            return false;
        }
        int previous = -1;
        for (char c : shortName.toCharArray()) {
            int at = fullName.indexOf(c, previous + 1);
            if (at < 0 || previous >= 0 && at - previous > 2) {
                return false;
            }
            previous = at;
        }
        return true;
    }

    /** The rightmost head noun of {@link #HEADS} in a core, or null when it names none. */
    private static String namedHead(String core) {
        String best = null;
        int bestEnd = -1;
        for (String h : HEADS) {
            int at = core.lastIndexOf(h);
            if (at >= 0 && (at + h.length() > bestEnd || at + h.length() == bestEnd && h.length() > best.length())) {
                best = h;
                bestEnd = at + h.length();
            }
        }
        return best;
    }

    /** The name without quotes, scope words, leading verbs and a trailing 增长率 / 增速 (the reading's verb). */
    static String core(String name) {
        String s = NOISE.matcher(name == null ? "" : name).replaceAll("");
        s = GDP.matcher(s).replaceAll("GDP");
        Matcher growth = GROWTH_SUFFIX.matcher(s);
        if (growth.find() && growth.start() >= 2) {
            s = s.substring(0, growth.start());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (String verb : LEADING_VERBS) {
                if (s.startsWith(verb) && s.length() - verb.length() >= 2) {
                    s = s.substring(verb.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    static String head(String core) {
        String best = null;
        int bestEnd = -1;
        for (String h : HEADS) {
            int at = core.lastIndexOf(h);
            if (at >= 0) {
                int end = at + h.length();
                if (end > bestEnd || end == bestEnd && h.length() > best.length()) {
                    best = h;
                    bestEnd = end;
                }
            }
        }
        // a rate named after its subject (重大项目落地率): the rate, not the subject, is what is measured
        if (best != null && !(core.endsWith("率") && bestEnd < core.length() - 1)) {
            return best;
        }
        return core.length() <= 2 ? core : core.substring(core.length() - 2);
    }

    private static Set<String> bigrams(String s) {
        Set<String> grams = new HashSet<>();
        if (s.length() == 1) {
            grams.add(s);
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }
}
