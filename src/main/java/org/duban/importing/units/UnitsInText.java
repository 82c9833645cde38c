package org.duban.importing.units;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the units a task names inside its own text when the table has no unit column: "（牵头单位：市疫情防控办）",
 * "责任单位：市政府办公室、市财政局", "牵头单位：…；配合单位：…". Gives the task text without those clauses and the
 * unit lists by role, for {@link UnitListParser} to split. A group with its members in brackets (各区县政府<南太湖新区、
 * 长合区管委会>) stays in one list entry.
 */
public final class UnitsInText {

    /** The task text without its unit clauses, and the unit lists it named ("" when none). */
    public record Split(String content, String leads, String supporting) {

        public boolean found() {
            return !leads.isEmpty() || !supporting.isEmpty();
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "(牵头单位|牵头部门|责任单位|责任部门|责任主体|主办单位|承办单位|配合单位|配合部门|协办单位|协同单位|参与单位)\\s*[:：]");
    private static final String OPEN = "(（<〈＜[【";
    private static final String CLOSE = ")）>〉＞]】";

    private UnitsInText() {
    }

    public static Split split(String text) {
        if (text == null || text.isBlank()) {
            return new Split(text == null ? "" : text, "", "");
        }
        List<int[]> removed = new ArrayList<>();
        StringBuilder leads = new StringBuilder();
        StringBuilder supporting = new StringBuilder();
        Matcher label = LABEL.matcher(text);
        int searchFrom = 0;
        boolean insideBrackets = false;
        while (searchFrom < text.length() && label.find(searchFrom)) {
            int enclosing = openBracketBefore(text, label.start());
            int end = valueEnd(text, label.end());
            String value = text.substring(label.end(), end).strip().replaceAll("[；;，,。]+$", "");
            boolean supports = label.group(1).startsWith("配合") || label.group(1).startsWith("协")
                    || label.group(1).startsWith("参与");
            StringBuilder target = supports ? supporting : leads;
            if (!value.isEmpty()) {
                target.append(target.isEmpty() ? "" : "、").append(value);
            }
            int removeFrom = enclosing >= 0 ? enclosing : label.start();
            int removeTo = end;
            boolean closes = end < text.length() && CLOSE.indexOf(text.charAt(end)) >= 0;
            if (closes && (enclosing >= 0 || insideBrackets)) {
                // "（牵头单位：A；配合单位：B）": the brackets go with the clauses inside them
                removeTo = end + 1;
                insideBrackets = false;
            } else if (end < text.length() && "；;，,".indexOf(text.charAt(end)) >= 0) {
                removeTo = end + 1; // the separator before the next label
                insideBrackets |= enclosing >= 0;
            }
            removed.add(new int[] {removeFrom, removeTo});
            searchFrom = Math.max(end, label.end());
        }
        if (removed.isEmpty()) {
            return new Split(text, "", "");
        }
        StringBuilder content = new StringBuilder();
        int at = 0;
        for (int[] span : merged(removed)) {
            content.append(text, at, Math.max(at, span[0]));
            at = Math.max(at, span[1]);
        }
        content.append(text.substring(Math.min(at, text.length())));
        String rest = content.toString().strip().replaceAll("[；;，,：:]+$", "").strip();
        return new Split(rest, leads.toString(), supporting.toString());
    }

    /** The unclosed opening bracket right before a label ("（牵头单位："), or -1. */
    private static int openBracketBefore(String text, int labelStart) {
        int i = labelStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && OPEN.indexOf(text.charAt(i)) >= 0 ? i : -1;
    }

    /** A unit list ends at the next label, a closing bracket it did not open, a full stop, a line break or the end. */
    private static int valueEnd(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPEN.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSE.indexOf(c) >= 0) {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0 && (c == '。' || c == '\n')) {
                return i;
            } else if (depth == 0 && (c == '；' || c == ';')) {
                Matcher next = LABEL.matcher(text).region(i + 1, text.length());
                if (next.lookingAt() || next.usePattern(Pattern.compile("\\s*" + LABEL.pattern())).lookingAt()) {
                    return i;
                }
            }
            if (depth == 0 && i > from) {
                Matcher next = LABEL.matcher(text).region(i, text.length());
                if (next.lookingAt()) {
                    return i;
                }
            }
        }
        return text.length();
    }

    private static List<int[]> merged(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }
}
