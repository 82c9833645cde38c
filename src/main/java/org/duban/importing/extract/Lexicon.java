package org.duban.importing.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duban.quantity.Comparator;

/**
 * The words the extractor understands around a number: comparators, commitment and estimate markers, growth and
 * decline verbs, verbs that start an indicator name (新增 …) and words that only pad one (实现, 全市 …). Kept in one
 * place so that a new table's vocabulary is added here, not in the parsing logic.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Written right before the number; longest first so that 不超过 is not read as 超过. */
    static final List<Map.Entry<String, Comparator>> PREFIX_COMPARATORS = List.of(
            Map.entry("不低于", Comparator.GTE), Map.entry("不少于", Comparator.GTE), Map.entry("不小于", Comparator.GTE),
            Map.entry("不超过", Comparator.LTE), Map.entry("不高于", Comparator.LTE), Map.entry("不大于", Comparator.LTE),
            Map.entry("控制在", Comparator.LTE), Map.entry("控制到", Comparator.LTE), Map.entry("下降到", Comparator.LTE),
            Map.entry("降低到", Comparator.LTE), Map.entry("降低至", Comparator.LTE), Map.entry("下降至", Comparator.LTE),
            Map.entry("压减至", Comparator.LTE), Map.entry("压减到", Comparator.LTE), Map.entry("压缩至", Comparator.LTE),
            Map.entry("压缩到", Comparator.LTE), Map.entry("缩短至", Comparator.LTE), Map.entry("缩短到", Comparator.LTE), Map.entry("降至", Comparator.LTE),
            Map.entry("降到", Comparator.LTE), Map.entry("提高到", Comparator.GTE), Map.entry("提高至", Comparator.GTE),
            Map.entry("提升到", Comparator.GTE), Map.entry("提升至", Comparator.GTE), Map.entry("增加到", Comparator.GTE),
            Map.entry("增长到", Comparator.GTE), Map.entry("增至", Comparator.GTE), Map.entry("至少", Comparator.GTE), Map.entry("达到", Comparator.GTE),
            Map.entry("超过", Comparator.GT), Map.entry("突破", Comparator.GT), Map.entry("高于", Comparator.GT),
            Map.entry("多于", Comparator.GT), Map.entry("大于", Comparator.GT), Map.entry("低于", Comparator.LT),
            Map.entry("少于", Comparator.LT), Map.entry("小于", Comparator.LT), Map.entry("不到", Comparator.LT),
            Map.entry("不足", Comparator.LT), Map.entry("大约", Comparator.APPROX), Map.entry(">=", Comparator.GTE),
            Map.entry("<=", Comparator.LTE), Map.entry("≥", Comparator.GTE), Map.entry("≤", Comparator.LTE),
            Map.entry("超", Comparator.GT), Map.entry("达", Comparator.GTE), Map.entry("约", Comparator.APPROX),
            Map.entry(">", Comparator.GT), Map.entry("<", Comparator.LT));

    /** Written right after the unit. */
    static final List<Map.Entry<String, Comparator>> SUFFIX_COMPARATORS = List.of(
            Map.entry("及以上", Comparator.GTE), Map.entry("以上", Comparator.GTE), Map.entry("以下", Comparator.LTE),
            Map.entry("以内", Comparator.LTE), Map.entry("之内", Comparator.LTE), Map.entry("左右", Comparator.APPROX),
            Map.entry("上下", Comparator.APPROX));

    /** "控制在10410人内": a bare 内 closing the clause is a cap, never a noun the number describes. */
    private static final Pattern BARE_WITHIN = Pattern.compile("^[内]\\s*(?:$|[，,。；;、)）\\s])");

    static final List<String> STRETCH_WORDS = List.of("力争", "争取", "努力", "力求", "奋力");
    static final List<String> FIRM_WORDS = List.of("确保", "保证", "务必");
    static final List<String> ESTIMATE_WORDS = List.of("预计", "有望", "预期", "可望", "估计", "预估");

    /** A rate of change (% after one of these is a growth rate, not a share). */
    static final List<String> GROWTH_WORDS = List.of("同比增长", "同比增加", "同比提高", "增长", "增加", "增速", "增幅",
            "提高", "提升", "上升", "同比");
    /** A decline: the rate becomes negative and the indicator DESCENDING (下降2.1% → −2.1 %). */
    static final List<String> DECLINE_WORDS = List.of("同比下降", "同比减少", "下降", "降低", "减少", "回落", "降幅",
            "压减", "削减", "减");

    /** Per-capita words written before a value: part of its unit (每人每月1050元 → 元/人/月). */
    static final List<String> PER_UNIT_WORDS = List.of("每人每月", "每人每年", "每人每天", "每户每月", "每户每年", "每人",
            "每户", "每月", "每年", "每天", "每亩", "每床");

    /** After a count, a word saying that it counts indicators or tasks that share a target: never a target itself. */
    static final Pattern COUNTED_TARGETS = Pattern.compile("[^的，,。；;、\\d]{0,6}指标");

    /** Verbs that belong to the indicator's name and distribute over an enumeration (新增A 200家、B 60家). */
    static final List<String> FLOW_VERBS = List.of("培育扶持", "新增", "新培育", "新建", "新认定", "新开工", "新引进",
            "新招引", "新设立", "新注册", "培育", "引进", "招引", "建成", "扶持");

    /** A stock, not an addition: 累计突破130家, 将突破500家. */
    static final Pattern STOCK_MARKERS = Pattern.compile("累计|总数|总量|存量|保有|共有|拥有|现有|将突破|将达到|将超过|总计|合计");

    /** Verbs of a flow: "累计新增就业2.3万人" is a year-to-date sum of additions, not a stock. */
    static final Pattern FLOW_CUES = Pattern.compile("新增|新建|新培育|新认定|新开工|引进|招引|培育|完成|实现|减负|节约|腾出|"
            + "开工|投产|签约|兑付|发放");

    /** Padding around a name: removed from its start. */
    static final List<String> LEADING_FILLERS = List.of("其中", "同时", "全年", "今年", "年内", "本年", "全市", "我市",
            "全区", "全县", "预计", "有望", "预期", "力争", "争取", "确保", "努力", "已完成", "已实现", "已达到", "实现", "完成",
            "达到", "已经", "累计", "合计", "并且", "以及", "能够", "按自然口径", "自然口径", "按可比口径", "可比口径",
            "同口径", "按可比价", "可比价", "按现价", "现价");

    /** Padding between a name and its number: removed from its end, repeatedly. */
    static final List<String> TRAILING_FILLERS = List.of("奋力", "力争", "争取", "确保", "努力", "分别", "均", "都", "各", "共", "合计", "累计", "总计", "完成",
            "实现", "达", "为", "是", "已经", "已", "将", "预计可", "预计能", "预计", "全年可", "能够", "可以", "保持在", "稳定在",
            "保持", "平均", "比上年", "较上年", "比去年", "较去年", "同比", "了", "的", "在", "到", "至", "约");

    /** Words that make a number a target even without a comparator: a promise to do something. */
    static final Pattern TARGET_CUES = Pattern.compile(
            "实现|完成|达到|新增|新建|建成|培育|引进|招引|力争|争取|确保|增长|提高|提升|下降|降低|减少|控制|突破|减负|"
                    + "节约|腾出|开工|投产|新认定|扶持|帮扶|带动|培训|改造|打造|创建|建设|招商|签约|落地|超过|不低于|不少于|"
                    + "开展|举办|提供|惠及|"
                    + "改扩建|扩建|改建|新[(（][^)）]{1,6}[)）]建");

    /** Work not done yet ("另有7所在建", "2家正在改造", "其余5条"): its count measures nothing achieved. */
    static final Pattern UNFINISHED = Pattern.compile("正在|在建|另有|其余|剩余|尚未|未完成|未完工|待建|待完成|拟");

    /** Names of averages and rates: never summed over a period. */
    static final Pattern POINT_IN_TIME_NAMES = Pattern.compile("亩均|人均|平均|均价|浓度|单位|密度|率|比重|占比|强度|指数|"
            + "累计|总数|总量|数量|存量|保有|余额");

    /** A % next to one of these is a share, not a growth rate. */
    static final Pattern SHARE_NAMES = Pattern.compile("率|比重|占比|比例|覆盖|达标|渗透|份额");

    static Optional<Map.Entry<String, Comparator>> prefixComparator(String before) {
        return PREFIX_COMPARATORS.stream().filter(e -> before.endsWith(e.getKey())).findFirst();
    }

    static Optional<Map.Entry<String, Comparator>> suffixComparator(String after) {
        Optional<Map.Entry<String, Comparator>> written = SUFFIX_COMPARATORS.stream()
                .filter(e -> after.startsWith(e.getKey())).findFirst();
        if (written.isEmpty() && BARE_WITHIN.matcher(after).find()) {
            return Optional.of(Map.entry("内", Comparator.LTE));
        }
        return written;
    }

    static Optional<String> endingWith(String text, List<String> words) {
        return words.stream().filter(text::endsWith).findFirst();
    }

    static Optional<String> startingWith(String text, List<String> words) {
        return words.stream().filter(text::startsWith).findFirst();
    }

    /** Index of the last occurrence of any of {@code words} in {@code text}, or -1. */
    static int lastIndexOfAny(String text, List<String> words) {
        int best = -1;
        for (String w : words) {
            best = Math.max(best, text.lastIndexOf(w));
        }
        return best;
    }
}
