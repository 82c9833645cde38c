package org.duban.importing.extract;

/**
 * The texts of one task row that indicators are read from: the task content, optional 目标值, 完成值, stage-target
 * (一季度目标) and 完成率 cells of tables that have them, and the 完成情况 / 进展情况 / 当前进度 cell.
 */
public record TaskText(String content, String targetCell, String actualCell, String progressText,
        String stageTargetCell, String completionRateCell) {

    /** A row without stage-target and 完成率 columns. */
    public TaskText(String content, String targetCell, String actualCell, String progressText) {
        this(content, targetCell, actualCell, progressText, null, null);
    }

    /** A row of a table with only 任务内容 and 完成情况, like the seed. */
    public static TaskText of(String content, String progressText) {
        return new TaskText(content, null, null, progressText);
    }
}
