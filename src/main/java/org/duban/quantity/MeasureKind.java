package org.duban.quantity;

/** What an indicator measures. */
public enum MeasureKind {
    /** An amount: 工业投资 500 亿元. */
    LEVEL,
    /** A year-on-year percentage change: 增长 10%. */
    GROWTH_RATE,
    /** A number of things: 新增 200 家. */
    COUNT,
    /** A position in a ranking: 居全省第2位. */
    RANK,
    /** A share in percent, or its change in percentage points: 占比 / 提升4个百分点. */
    SHARE,
    /** A qualitative achievement: 获批, 开工, 创建成功. */
    MILESTONE,
    /**
     * How much of a task is done, in percent (当前进度 80%): target 100 % by the end of the target period, judged pro
     * rata like a cumulative flow.
     */
    PROGRESS
}
