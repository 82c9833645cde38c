package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanMetadataExtractorTest {

    @Test
    void shouldReadLabelledLinesAndAnIssueNumber() {
        DocumentMetadata metadata = PlanMetadataExtractor.extract(List.of(
                "索引号：11330900002606428X/2023-12345",
                "发文字号：舟政办发〔2023〕12号",
                "发布机构：舟山市人民政府办公室",
                "成文日期：2023年3月1日",
                "发布时间：2023年3月2日 16:30",
                "公开方式：依申请公开",
                "主题分类：工作计划与总结",
                "浏览次数：120",
                "附件1：舟山市2023年政府工作报告重点任务分解表"));

        assertThat(metadata.documentNumber()).isEqualTo("舟政办发〔2023〕12号");
        assertThat(metadata.issuer()).isEqualTo("舟山市人民政府办公室");
        assertThat(metadata.publishedAt()).isEqualTo(Instant.parse("2023-03-02T08:30:00Z"));
        assertThat(metadata.publishedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(metadata.disclosure()).isEqualTo(DocumentMetadata.INTERNAL);
        assertThat(metadata.category()).isEqualTo("工作计划与总结");
        assertThat(metadata.attachment()).isEqualTo("附件1");
        assertThat(metadata.title()).isEqualTo("舟山市2023年政府工作报告重点任务分解表");
        assertThat(metadata.year()).isEqualTo(2023);
    }

    @Test
    void shouldReadBareLinesAsPortalsPrintThem() {
        DocumentMetadata metadata = PlanMetadataExtractor.extract(List.of(
                "东海市发展和改革委员会", "2024年2月5日", "不予公开", "东发改〔2024〕3号", "附件", "二〇二四年重点项目推进计划"));

        assertThat(metadata.issuer()).isEqualTo("东海市发展和改革委员会");
        assertThat(metadata.publishedOn()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(metadata.publishedAt()).isNull();
        assertThat(metadata.disclosure()).isEqualTo(DocumentMetadata.INTERNAL);
        assertThat(metadata.documentNumber()).isEqualTo("东发改〔2024〕3号");
        assertThat(metadata.title()).isEqualTo("二〇二四年重点项目推进计划");
        assertThat(metadata.year()).isEqualTo(2024);
    }

    @Test
    void shouldNormaliseSquareBracketsOfAnIssueNumber() {
        assertThat(PlanMetadataExtractor.extract(List.of("舟经信发[2023]7号")).documentNumber()).isEqualTo("舟经信发〔2023〕7号");
    }

    @Test
    void shouldLeaveFieldsNullWhenThePreambleIsEmpty() {
        DocumentMetadata metadata = PlanMetadataExtractor.extract(List.of());

        assertThat(metadata).isEqualTo(new DocumentMetadata(null, null, null, null, null, null, null, null, null));
    }

    @Test
    void shouldTakeTheYearFromTheTitleOnly() {
        assertThat(PlanMetadataExtractor.yearOf("2023年市政府工作报告完成情况表")).isEqualTo(2023);
        assertThat(PlanMetadataExtractor.yearOf("２０２２年重点工作")).isEqualTo(2022);
        assertThat(PlanMetadataExtractor.yearOf("重点工作任务清单")).isNull();
        assertThat(PlanMetadataExtractor.yearOf(null)).isNull();
    }

    @Test
    void shouldPreferTheDocumentsTitleLineToATableCaption() {
        DocumentMetadata metadata = PlanMetadataExtractor.extract(List.of("东海市人民政府", "首页 > 政务公开",
                "东海市2024年政府工作报告重点工作任务上半年进展情况", "现将有关情况报告如下：", "表1：上半年主要指标完成情况"));

        assertThat(metadata.title()).isEqualTo("东海市2024年政府工作报告重点工作任务上半年进展情况");
        assertThat(metadata.year()).isEqualTo(2024);
    }

    @Test
    void shouldTakeTheYearFromTheCaptionThenAPeriodPhraseThenTheFileName() {
        assertThat(PlanMetadataExtractor.extract(List.of("重点工作任务进展情况", "表1：2023年主要指标完成情况"), List.of(),
                null).year()).isEqualTo(2023);
        assertThat(PlanMetadataExtractor.extract(List.of("重点工作任务进展情况", "截至2022年6月底"), List.of(), null)
                .year()).isEqualTo(2022);
        assertThat(PlanMetadataExtractor.extract(List.of("重点工作任务进展情况"), List.of("2021年目标", "完成情况"), null)
                .year()).isEqualTo(2021);
        DocumentMetadata fromFile = PlanMetadataExtractor.extract(List.of(), List.of("项目名称"),
                "C:\\下载\\2024年民生实事项目进展情况.docx");
        assertThat(fromFile.title()).isEqualTo("2024年民生实事项目进展情况");
        assertThat(fromFile.year()).isEqualTo(2024);
        assertThat(PlanMetadataExtractor.extract(List.of("附件2"), List.of(), "report.xls").title()).isEqualTo("report");
        assertThat(PlanMetadataExtractor.extract(List.of("附件2"), List.of(), null).title()).isNull();
    }
}
