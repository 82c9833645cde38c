package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which {@link ColumnRole} a header cell names. Tolerant of the ways real tables write headers: spaces and
 * line breaks inside the cell (牵 头\n单 位), full-width punctuation, a qualifier in parentheses (牵头单位（责任单位）,
 * 完成情况（截至11月底）) and a qualifying prefix or suffix (2023年目标值, 任务内容及目标).
 *
 * <p>Numbers columns often name their period before what they hold: 1-6月完成投资（亿元）, 1-9月完成, 上半年完成值 are
 * actuals; 年度计划投资, 2024年目标 are the year's target; 一季度目标, 半年度目标任务 are a stage's target.
 */
final class HeaderMatcher {

    /** Below this length an alias must match the whole cell: 任务 or 进度 inside a longer header mean too little. */
    private static final int MIN_AFFIX_ALIAS_LENGTH = 3;
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)]|【([^【】]*)】");
    /** 完成情况表, 任务清单: the title of a table, not the name of a column. */
    private static final Pattern TITLE_ENDING = Pattern.compile(".{2,}(表|清单|一览|汇总)$");
    private static final Pattern DECORATION = Pattern.compile("^[*#\\s]+|[:*#\\s]+$");
    /** The period a numbers column is for, before what it holds: 1-6月, 1至9月份, 上半年, 一季度, 截至6月底, 2024年, 年度. */
    private static final Pattern PERIOD_PREFIX = Pattern.compile("^(?:截[至止]?)?(?:(?:19|20)\\d{2}年(?:度)?)?"
            + "(\\d{1,2}(?:月份?)?[-~至到]\\d{1,2}月份?|\\d{1,2}月(?:份|底|末)?|[上下]半年度?|半年度?|前?[一二三四1-4]季度|"
            + "第[一二三四1-4]季度|前三季度|全年|年度|本年|当年|)(?:累计)?");
    /** What follows the period: done (an actual) or planned (a target). */
    private static final Pattern ACTUAL_WORDS = Pattern.compile("^(完成|实际|实绩|已完成|累计完成)(?!情况|率|时限|时间|期限).*");
    private static final Pattern TARGET_WORDS = Pattern.compile("^(计划|目标|预期|任务)(?!完成|情况).*");
    private static final Pattern STAGE = Pattern.compile(".*(季度|半年|\\d{1,2}月).*");

    private HeaderMatcher() {
    }

    /** The role of a header cell, {@link ColumnRole#NOTES} when nothing matches. */
    static ColumnRole roleOf(String headerCell) {
        List<String> candidates = candidates(headerCell);
        if (candidates.isEmpty() || TITLE_ENDING.matcher(candidates.get(0)).matches()) {
            return ColumnRole.NOTES;
        }
        for (String candidate : candidates) {
            for (ColumnRole role : ColumnRole.values()) {
                for (String alias : role.aliases()) {
                    if (candidate.equalsIgnoreCase(alias)) {
                        return role;
                    }
                }
            }
        }
        ColumnRole byPeriod = byPeriod(candidates.get(0));
        if (byPeriod != ColumnRole.NOTES) {
            return byPeriod;
        }
        ColumnRole best = ColumnRole.NOTES;
        int bestLength = 0;
        for (String candidate : candidates) {
            for (ColumnRole role : ColumnRole.values()) {
                for (String alias : role.aliases()) {
                    if (alias.length() >= MIN_AFFIX_ALIAS_LENGTH && alias.length() > bestLength
                            && (candidate.startsWith(alias) || candidate.endsWith(alias))) {
                        best = role;
                        bestLength = alias.length();
                    }
                }
            }
            if (best != ColumnRole.NOTES) {
                return best;
            }
        }
        return best;
    }

    /** 1-6月完成投资 → ACTUAL, 年度计划投资 → TARGET, 一季度计划 → STAGE_TARGET; NOTES when no period leads the header. */
    private static ColumnRole byPeriod(String header) {
        Matcher period = PERIOD_PREFIX.matcher(header);
        if (!period.lookingAt()) {
            return ColumnRole.NOTES;
        }
        String prefix = header.substring(0, period.end());
        String rest = header.substring(period.end());
        if (rest.isEmpty()) {
            return ColumnRole.NOTES;
        }
        if (ACTUAL_WORDS.matcher(rest).matches()) {
            return ColumnRole.ACTUAL;
        }
        if (TARGET_WORDS.matcher(rest).matches() && !prefix.isEmpty()) {
            boolean stage = STAGE.matcher(period.group(1)).matches() && !period.group(1).startsWith("全年");
            return stage ? ColumnRole.STAGE_TARGET : ColumnRole.TARGET;
        }
        // 上半年进展, 1-9月进度: a short narrative alias after the period is still that column
        if (!prefix.isEmpty() && ColumnRole.PROGRESS.aliases().contains(rest)) {
            return ColumnRole.PROGRESS;
        }
        return ColumnRole.NOTES;
    }

    /** The cell compacted, then without its parenthesised qualifiers, then each qualifier on its own. */
    private static List<String> candidates(String headerCell) {
        String compact = DECORATION.matcher(TextNormalizer.compact(headerCell)).replaceAll("");
        List<String> candidates = new ArrayList<>();
        String outer = PARENTHESISED.matcher(compact).replaceAll("");
        if (!outer.isEmpty()) {
            candidates.add(outer);
        }
        if (!compact.equals(outer)) {
            candidates.add(compact);
            Matcher inner = PARENTHESISED.matcher(compact);
            while (inner.find()) {
                for (int group = 1; group <= inner.groupCount(); group++) {
                    if (inner.group(group) != null && !inner.group(group).isEmpty()) {
                        candidates.add(inner.group(group));
                    }
                }
            }
        }
        return candidates;
    }
}
