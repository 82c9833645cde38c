package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which {@link ColumnRole} a header cell names. Tolerant of the ways real tables write headers: spaces and
 * line breaks inside the cell (牵 头\n单 位), full-width punctuation, a qualifier in parentheses (牵头单位（责任单位）,
 * 完成情况（截至11月底）) and a qualifying prefix or suffix (2023年目标值, 任务内容及目标).
 */
final class HeaderMatcher {

    /** Below this length an alias must match the whole cell: 任务 or 进度 inside a longer header mean too little. */
    private static final int MIN_AFFIX_ALIAS_LENGTH = 3;
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]*)\\)|\\[([^\\[\\]]*)]|【([^【】]*)】");
    /** 完成情况表, 任务清单: the title of a table, not the name of a column. */
    private static final Pattern TITLE_ENDING = Pattern.compile(".{2,}(表|清单|一览|汇总)$");
    private static final Pattern DECORATION = Pattern.compile("^[*#\\s]+|[:*#\\s]+$");

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
