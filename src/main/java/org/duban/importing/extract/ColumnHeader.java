package org.duban.importing.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.quantity.Period;

/**
 * What a numeric column's header says about the numbers under it: their unit of measure in brackets ("年度计划投资
 * （亿元）" → 亿元), their period ("1-6月完成投资" → 1-6月, "一季度目标" → Jan–Mar) and the quantity they measure
 * ("年度计划投资" → 投资) once the words that only say target, plan or year are removed.
 *
 * @param unit   the unit written in brackets, or null
 * @param period the period the header names, or null when it names none
 * @param noun   the measured quantity, or "" when the header names none (年度目标, 完成情况)
 * @param progress true when the column holds completion percentages (当前进度, 形象进度, 完成率)
 */
public record ColumnHeader(String unit, Period period, String noun, boolean progress) {

    public static final ColumnHeader NONE = new ColumnHeader(null, null, "", false);

    private static final Pattern BRACKETED_UNIT = Pattern.compile("[(（]\\s*(?:单位\\s*[:：]\\s*)?([^()（）]{1,8})\\s*[)）]");
    /** 半年/半年度 are stage names that {@link PeriodPhrases} does not read as a period of their own. */
    private static final Pattern HALF_YEAR = Pattern.compile("(?<!下)(?:上)?半年度?");
    private static final Pattern NOT_A_NOUN = Pattern.compile("年度|全年|计划|预期|目标任务|目标值|目标|任务|完成情况|完成值|"
            + "完成|实际|累计|预计|当前|截至|截止|情况|数值|数|值|[一二三四]季度|第[一二三四]季度|季度|半年度?|上半年|"
            + "阶段性?|节点|\\d{4}年|\\d{1,2}\\s*[-—~至到]\\s*\\d{1,2}月|\\d{1,2}月(?:底|末)?|前|[:：/、\\s]");

    /** True for a header of completion percentages: 当前进度, 工作进度, 形象进度, 完成率. */
    public boolean isProgress() {
        return progress;
    }

    /** Reads a header as written; a blank header says nothing. */
    public static ColumnHeader of(String header, int planYear) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        String text = ChineseText.normalize(header).strip();
        String unit = null;
        Matcher m = BRACKETED_UNIT.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (inside.matches("[%‰]|[^\\d]{1,6}") && !inside.contains("月")) {
                unit = inside;
            }
        }
        String withoutBrackets = text.replaceAll("[(（][^()（）]*[)）]", "");
        // a period may stand in the brackets (完成情况（截至11月底）), a unit never does with a period
        return new ColumnHeader(unit, periodOf(text, planYear), nounOf(withoutBrackets),
                withoutBrackets.contains("进度") || withoutBrackets.contains("完成率")
                        || withoutBrackets.contains("完成比例"));
    }

    /** The last determined period phrase of the header, a half-year stage read as Jan–Jun. */
    static Period periodOf(String text, int planYear) {
        Matcher half = HALF_YEAR.matcher(text);
        if (half.find()) {
            return Period.months(planYear, 1, 6, half.group());
        }
        List<PeriodPhrases.Phrase> phrases = PeriodPhrases.find(text, planYear).stream()
                .filter(PeriodPhrases.Phrase::isDetermined).toList();
        return phrases.isEmpty() ? null : phrases.get(phrases.size() - 1).period();
    }

    private static String nounOf(String text) {
        String noun = NOT_A_NOUN.matcher(text).replaceAll("");
        return noun.length() >= 2 && noun.codePoints().allMatch(Character::isIdeographic) ? noun : "";
    }
}
