package org.duban.importing.table;

import java.util.List;

/**
 * What a column of a task table holds, recognised from its header text. The aliases are the header words Chinese
 * government tables use for the role; {@link HeaderMatcher} compares them after compacting the header cell.
 */
public enum ColumnRole {

    /** 序号: the task's number within the table. */
    ORDINAL("序号", "编号", "序", "No.", "No"),
    /** The task itself: 任务内容, 重点工作, 指标名称, a 民生实事 table's 实事项目 … */
    CONTENT("任务内容", "工作任务", "工作内容", "项目名称", "项目内容", "内容与要求", "任务与要求", "指标名称", "指标",
            "重点工作", "重点任务", "主要任务", "具体任务", "任务名称", "任务", "工作事项", "事项", "主要内容", "具体内容",
            "工作目标任务", "目标任务及举措", "具体工作", "工作举措", "主要工作", "内容", "实事项目", "项目"),
    /** Units primarily responsible: 牵头单位, 责任单位 … */
    LEAD_UNITS("牵头单位", "责任单位", "责任部门", "牵头部门", "责任主体", "牵头责任单位", "主要责任单位", "牵头", "责任处室",
            "牵头处室", "承办单位", "主办单位"),
    /** Units that help: 配合单位 … */
    SUPPORTING_UNITS("配合单位", "协同单位", "配合部门", "协办单位", "参与单位", "配合", "协同部门", "配合处室"),
    /** Narrative of what was done: 完成情况, 进展情况 … */
    PROGRESS("完成情况", "进展情况", "当前进度", "实际完成情况", "目标完成情况", "工作进展", "推进情况", "进展", "进度",
            "工作完成情况", "落实情况", "执行情况", "工作推进情况", "进展及成效"),
    /** The committed figure or goal: 目标值, 年度目标 … */
    TARGET("目标值", "年度目标", "目标任务", "目标", "预期目标", "年度目标值", "计划目标", "目标要求", "指标与目标", "指标及目标",
            "目标指标"),
    /**
     * A target for a stage of the year (一季度目标, 半年度目标任务): its period is in the header, and it is not the year's
     * target.
     */
    STAGE_TARGET("一季度目标", "二季度目标", "三季度目标", "四季度目标", "季度目标", "半年目标", "半年度目标", "上半年目标",
            "半年度目标任务", "阶段目标", "阶段性目标", "节点目标"),
    /** The figure achieved: 完成值, 实际值 … */
    ACTUAL("完成值", "实际值", "实际完成值", "完成数", "实绩"),
    /** When the task is due: 完成时限, 时间节点 … */
    DUE_DATE("完成时限", "完成时间", "时间节点", "时限", "完成期限", "时间要求", "截止时间", "计划完成时间"),
    /** 完成率 as written (often a percentage). */
    COMPLETION_RATE("完成率", "完成比例", "完成百分比"),
    /** A group heading cell that spans the rows of its group: 类别, 领域 … */
    CATEGORY("类别", "类型", "领域", "分类", "板块", "所属领域", "工作类别", "项目类别", "专项"),
    /** 备注. */
    REMARKS("备注", "说明"),
    /** A column whose header no alias matched: kept by its header text in {@link ParsedRow#notes()}. */
    NOTES();

    private final List<String> aliases;

    ColumnRole(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** Header words for this role, in their compact form (no spaces, ASCII punctuation). */
    public List<String> aliases() {
        return aliases;
    }
}
