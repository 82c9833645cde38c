package org.duban.importing.extract;

import java.util.regex.Pattern;
import org.duban.quantity.MeasureKind;

/**
 * Cleans the name of an indicator as a table writes it: no item number ("2、区级财政收入增长率" → 区级财政收入增长率),
 * no unit in brackets at its end ("（%）"), no trailing colon, balanced brackets; and tells a growth rate by its name
 * (…增长率, …增速), whose target cell holds only "6%左右".
 */
final class IndicatorNames {

    private static final int MAX_NAME = 200;
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(?:\\d{1,3}\\s*[、.．)）](?!\\d)|[(（]\\d{1,3}[)）]"
            + "|[一二三四五六七八九十]{1,3}\\s*[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[①-⑳])\\s*");
    private static final Pattern UNIT_AT_END = Pattern.compile("\\s*[(（][^()（）]{1,8}[)）]\\s*$");
    private static final Pattern GROWTH_NAME = Pattern.compile("(增长率|增速|增幅|增长幅度|增长)$");

    private IndicatorNames() {
    }

    static String withoutItemNumber(String text) {
        return text == null ? "" : ITEM_NUMBER.matcher(text).replaceFirst("");
    }

    /** The name to store; "" when nothing is left. */
    static String clean(String written) {
        if (written == null) {
            return "";
        }
        String name = withoutItemNumber(written.strip().lines().findFirst().orElse("")).strip();
        name = UNIT_AT_END.matcher(name).replaceFirst("");
        name = name.replaceAll("[:：。；;，,、\\s]+$", "").strip();
        name = balanced(name);
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /** A % target of a name that says growth is a growth rate, even when the cell holds no growth verb. */
    static MeasureKind kindFor(String name, MeasureKind read, String unit) {
        if (read == MeasureKind.SHARE && "%".equals(unit) && GROWTH_NAME.matcher(name).find()) {
            return MeasureKind.GROWTH_RATE;
        }
        return read;
    }

    /** Drops brackets that do not close (or open) within the name: 工业投资（亿元 → 工业投资亿元. */
    static String balanced(String name) {
        StringBuilder out = new StringBuilder();
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        java.util.Set<Integer> drop = new java.util.HashSet<>();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '（' || c == '“' || c == '《') {
                open.push(i);
            } else if (c == ')' || c == '）' || c == '”' || c == '》') {
                if (open.isEmpty() || !pair(name.charAt(open.peek()), c)) {
                    drop.add(i);
                } else {
                    open.pop();
                }
            }
        }
        drop.addAll(open);
        for (int i = 0; i < name.length(); i++) {
            if (!drop.contains(i)) {
                out.append(name.charAt(i));
            }
        }
        return out.toString().strip();
    }

    private static boolean pair(char open, char close) {
        return (open == '(' || open == '（') && (close == ')' || close == '）') || open == '“' && close == '”'
                || open == '《' && close == '》';
    }
}
