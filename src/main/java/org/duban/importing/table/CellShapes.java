package org.duban.importing.table;

import java.util.regex.Pattern;

/**
 * What a cell's text looks like, when a layout gives no separators to say which column it belongs to: a list of unit
 * names, a date, a bare value, a numbered paragraph, a group heading. Used to split text tables that come one cell
 * per line and to tell a group row from a row continued on the next line.
 */
final class CellShapes {

    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            ".*(局|委|办|厅|院|署|政府|管委会|委员会|办公室|中心|公司|集团|银行|支行|分行|分局|监管局|所|站|队|部|会|处|科|馆|团|"
                    + "社|联|协会|法院|检察院|人大|政协|街道|乡|镇|园区|新区|开发区|集团公司|总公司|单位|部门|系统)$");
    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、，,；;/\\s]+");
    private static final Pattern BRACKETED = Pattern.compile("[(（<〈《\\[【][^()（）<>〈〉《》\\[\\]【】]*[)）>〉》\\]】]");
    private static final Pattern DATE = Pattern.compile(
            "^(?:(?:19|20)\\d{2}\\s*年\\s*)?(?:\\d{1,2}\\s*月(?:份)?(?:底|末|前|中旬|上旬|下旬|\\d{1,2}日)?(?:前|以前|之前)?|"
                    + "年底(?:前)?|年内|全年|长期(?:坚持|推进)?|持续(?:推进|实施)?|[一二三四1-4]季度(?:末|底)?|上半年|下半年|"
                    + "(?:19|20)\\d{2}[-./年]\\d{1,2}(?:[-./月]\\d{1,2}日?)?)(?:前|底|以前|完成)?$");
    private static final Pattern ORDINAL = Pattern.compile("^\\d{1,4}[.、．]?$");
    /** 1. / 2、/ (1) / （一） / 一、: a numbered paragraph, usually one more paragraph of the cell above. */
    private static final Pattern ENUMERATED = Pattern.compile(
            "^(?:\\d{1,2}[.、．)）]|[(（]\\d{1,2}[)）]|[(（][一二三四五六七八九十]+[)）]|[①-⑳]).*");
    /** 一、产业发展 / （一）工业经济 / 第一部分 …: a numbered heading. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^([一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百]+[部分章类项篇板块]+).*");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile(".*[，。；：:,;！？!?%％].*");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    /** A short value: 28.97%, 4家, 7919人, 提升3.89个百分点, —. */
    private static final int MAX_VALUE_LENGTH = 30;
    private static final int MAX_GROUP_HEADING_LENGTH = 20;
    private static final int MAX_UNIT_LIST_LENGTH = 200;

    private CellShapes() {
    }

    /** A list of unit names: 市教育局、市财政局 / 各区县政府（管委会）. */
    static boolean isUnitList(String text) {
        String compact = TextNormalizer.normalizeCell(text).replace('\n', '、');
        if (compact.isEmpty() || compact.length() > MAX_UNIT_LIST_LENGTH || compact.contains("。")) {
            return false;
        }
        String withoutBrackets = BRACKETED.matcher(compact).replaceAll("");
        String[] parts = UNIT_SEPARATORS.split(withoutBrackets);
        int units = 0;
        int total = 0;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            total++;
            if (part.length() <= 25 && !DIGIT.matcher(part).matches() && UNIT_SUFFIX.matcher(part).matches()) {
                units++;
            }
        }
        return total > 0 && units * 4 >= total * 3;
    }

    static boolean isDate(String text) {
        String compact = TextNormalizer.compact(text);
        return !compact.isEmpty() && compact.length() <= 20 && DATE.matcher(compact).matches();
    }

    static boolean isOrdinal(String text) {
        return ORDINAL.matcher(TextNormalizer.compact(text)).matches();
    }

    static boolean isEnumerated(String text) {
        return ENUMERATED.matcher(TextNormalizer.compact(text)).matches();
    }

    /** Short enough to be a value, a rate or a target rather than a narrative. */
    static boolean isShortValue(String text) {
        String compact = TextNormalizer.compact(text);
        return compact.length() <= MAX_VALUE_LENGTH && !compact.contains("。");
    }

    /**
     * A group row's text: a numbered heading (一、XX市长牵头重点工作), or a short phrase without digits or punctuation
     * that names no unit (经济发展) — not a fragment of a task such as 新增学位810个.
     */
    static boolean isGroupHeading(String text) {
        String compact = TextNormalizer.compact(text);
        if (compact.isEmpty() || TextNormalizer.normalizeCell(text).contains("\n")) {
            return false;
        }
        if (NUMBERED_HEADING.matcher(compact).matches() && compact.length() <= 40 && !compact.endsWith("。")) {
            return true;
        }
        return compact.length() >= 2 && compact.length() <= MAX_GROUP_HEADING_LENGTH
                && !DIGIT.matcher(compact).matches() && !SENTENCE_PUNCTUATION.matcher(compact).matches()
                && compact.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !isUnitList(compact) && !isDate(compact);
    }
}
