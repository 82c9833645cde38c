package org.duban.importing.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.duban.importing.table.TextNormalizer;

/**
 * Splits a unit cell (牵头单位, 配合单位) into the units it names, in order and without repeats.
 *
 * <p>Separators are 、 ， , ； ; / and line breaks (and spaces between names), never inside parentheses: 各县(市、区)政府
 * is one unit. Parentheses after a department that hold divisions (names ending in 处, 科, 室 …) give the unit's
 * divisions; any other parentheses are part of the name (各县(区)政府, 开发区(园区)) and are stored in ASCII form,
 * so that 各县（区）政府 and 各县(区)政府 are the same name. A trailing 等, role marks such as (牵头), and labels such
 * as 牵头单位: are dropped.
 */
public final class UnitListParser {

    private static final String SEPARATORS = "、，,；;/／\n\r\t ";
    /** Inside parentheses, these mark the unit's role on the task, not part of its name. */
    private static final Pattern ROLE_MARK = Pattern.compile(
            "\\((牵头|主牵头|配合|协办|负责|责任单位|牵头单位|配合单位|列第一位的为牵头单位|排名第一的为牵头单位)\\)");
    private static final Pattern LABEL = Pattern.compile("^(牵头单位|责任单位|配合单位|牵头部门|责任部门|配合部门|协同单位|牵头|配合)[:：]");
    private static final Pattern TRAILING_NOISE = Pattern.compile("(等(相关|有关)?(单位|部门)?|[。.;；:：*…])+$");
    private static final Pattern GLUED_ENDING = Pattern.compile("\\)[ \\t\\u3000]+(?=\\p{IsHan}{1,3}(?:$|[、，,；;/／\\n\\r\\t ]))");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,2}[.、)]|[①②③④⑤⑥⑦⑧⑨⑩])");
    /** A division of a department: 绿色处, 消费品处, 办公室, 信息中心 … */
    private static final Pattern DIVISION = Pattern.compile(".{1,12}(处|科|室|股|中心|所|队|站|办)$");
    /** The unit in front of parentheses that hold divisions is an organisation, not a place or a group word. */
    private static final Pattern DEPARTMENT = Pattern.compile(".*(局|委|办|厅|部|院|委员会|办公室|中心|集团|公司|管委会|政府)$");

    private UnitListParser() {
    }

    /** The units named in the cell; empty for a blank cell. */
    public static List<UnitMention> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        // angle brackets name the members of a group as round ones do: 各区县政府<南太湖新区、长合区管委会>
        String text = TextNormalizer.halfWidth(cell).replace('【', '(').replace('】', ')').replace('<', '(')
                .replace('>', ')').replace('〈', '(').replace('〉', ')').replace('《', '(').replace('》', ')');
        text = text.replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*\\)", ")");
        // "各县 (区) 政府": a short ending after the parentheses is the end of the same name, not another unit.
        text = GLUED_ENDING.matcher(text).replaceAll(")");
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (String token : splitOutsideParentheses(text)) {
            UnitMention mention = mentionOf(token);
            if (mention == null) {
                continue;
            }
            List<String> divisions = units.computeIfAbsent(mention.name(), name -> new ArrayList<>());
            mention.divisions().stream().filter(d -> !divisions.contains(d)).forEach(divisions::add);
        }
        List<UnitMention> mentions = new ArrayList<>();
        units.forEach((name, divisions) -> mentions.add(new UnitMention(name, divisions)));
        return mentions;
    }

    private static List<String> splitOutsideParentheses(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                tokens.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        tokens.add(current.toString());
        return tokens;
    }

    private static UnitMention mentionOf(String token) {
        String name = LEADING_NUMBER.matcher(LABEL.matcher(token.strip()).replaceFirst("")).replaceFirst("");
        name = ROLE_MARK.matcher(name).replaceAll("");
        name = TRAILING_NOISE.matcher(name).replaceAll("").strip();
        if (name.endsWith("牵头") && name.length() > 4) {
            name = name.substring(0, name.length() - 2);
        }
        if (name.isEmpty() || name.equals("等") || name.matches("[()\\s]*")) {
            return null;
        }
        int open = name.indexOf('(');
        int close = name.lastIndexOf(')');
        if (open > 0 && close == name.length() - 1 && close > open) {
            String outer = name.substring(0, open);
            List<String> inner = splitOutsideParentheses(name.substring(open + 1, close)).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!inner.isEmpty() && DEPARTMENT.matcher(outer).matches()
                    && inner.stream().allMatch(item -> DIVISION.matcher(item).matches() && !item.contains("("))) {
                return new UnitMention(outer, inner);
            }
        }
        return UnitMention.of(name);
    }
}
