package org.duban.importing.table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the lines above a table say about the document; every field is null when the preamble does not say it.
 *
 * @param title          the table's title, e.g. 2023年市政府工作报告完成情况表
 * @param documentNumber 文号 (舟政办发〔2023〕12号) or, failing that, 索引号 (001008009005003/2024-00292)
 * @param issuer         发布机构 as written, e.g. 市经济和信息化局
 * @param publishedOn    publication date
 * @param publishedAt    publication time (发布时间, Asia/Shanghai local time) as an instant
 * @param disclosure     "PUBLIC" for 主动公开, "INTERNAL" for 不予公开 and 依申请公开
 * @param category       the information category, e.g. 工作计划与总结
 * @param attachment     e.g. 附件2
 * @param year           the year the plan covers, from the title (2023年… → 2023)
 */
public record DocumentMetadata(String title, String documentNumber, String issuer, LocalDate publishedOn,
        Instant publishedAt, String disclosure, String category, String attachment, Integer year) {

    public static final String PUBLIC = "PUBLIC";
    public static final String INTERNAL = "INTERNAL";
}
