package org.duban.importing.table;

import java.util.List;

/**
 * The document could be read but holds no task table: no row looks like a header. The message says what was looked
 * for and shows the first lines found. The caller answers 422.
 */
public class NoTableFoundException extends RuntimeException {

    private static final int SHOWN_LINES = 5;
    private static final int SHOWN_LINE_LENGTH = 40;

    public NoTableFoundException(String message) {
        super(message);
    }

    /** The standard "no header" message, quoting the first non-empty lines (or rows) of the document. */
    static NoTableFoundException noHeader(String where, List<String> firstLines) {
        StringBuilder message = new StringBuilder("未找到表头：需要一行同时包含“任务内容”类列（任务内容/工作任务/重点工作/指标名称…）"
                + "以及“牵头单位/责任单位/完成情况/进展情况/完成时限”等至少一列");
        List<String> shown = firstLines.stream()
                .map(line -> TextNormalizer.normalizeCell(line).replace('\n', ' '))
                .filter(line -> !line.isEmpty())
                .limit(SHOWN_LINES)
                .map(line -> line.length() > SHOWN_LINE_LENGTH ? line.substring(0, SHOWN_LINE_LENGTH) + "…" : line)
                .toList();
        if (shown.isEmpty()) {
            message.append("；").append(where).append("没有任何文字");
        } else {
            message.append("；").append(where).append("开头几行为：").append(String.join(" / ", shown));
        }
        return new NoTableFoundException(message.toString());
    }
}
