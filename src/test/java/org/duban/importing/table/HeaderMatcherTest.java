package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            序号                    | ORDINAL
            序 号                   | ORDINAL
            任务内容                | CONTENT
            工作任务                | CONTENT
            项目名称                | CONTENT
            内容与要求              | CONTENT
            指标名称                | CONTENT
            实事项目                | CONTENT
            民生实事项目            | CONTENT
            重点工作                | CONTENT
            主要任务                | CONTENT
            2023年工作任务          | CONTENT
            牵头单位                | LEAD_UNITS
            牵头单位（责任单位）    | LEAD_UNITS
            责任单位                | LEAD_UNITS
            责任部门                | LEAD_UNITS
            牵头部门                | LEAD_UNITS
            责任主体                | LEAD_UNITS
            配合单位                | SUPPORTING_UNITS
            协同单位                | SUPPORTING_UNITS
            配合部门                | SUPPORTING_UNITS
            完成情况                | PROGRESS
            完成情况（截至11月底）  | PROGRESS
            进展情况                | PROGRESS
            当前进度                | PROGRESS
            实际完成情况            | PROGRESS
            目标完成情况            | PROGRESS
            工作进展                | PROGRESS
            上半年进展              | PROGRESS
            1-9月进度               | PROGRESS
            前三季度进展            | PROGRESS
            目标值                  | TARGET
            2023年目标值            | TARGET
            年度目标                | TARGET
            目标任务                | TARGET
            完成值                  | ACTUAL
            实际值                  | ACTUAL
            完成时限                | DUE_DATE
            完成时间                | DUE_DATE
            时间节点                | DUE_DATE
            完成率                  | COMPLETION_RATE
            类别                    | CATEGORY
            类型                    | CATEGORY
            领域                    | CATEGORY
            备注                    | REMARKS
            责任领导                | NOTES
            牵头市领导              | NOTES
            完成情况表              | NOTES
            """)
    void shouldRecogniseHeaderWords(String header, ColumnRole expected) {
        assertThat(HeaderMatcher.roleOf(header)).isEqualTo(expected);
    }

    @Test
    void shouldToleratePunctuationAndLineBreaksInsideHeaders() {
        assertThat(HeaderMatcher.roleOf("牵　头\n单　位(责任单位)")).isEqualTo(ColumnRole.LEAD_UNITS);
        assertThat(HeaderMatcher.roleOf("完成情况：")).isEqualTo(ColumnRole.PROGRESS);
    }

    @Test
    void shouldRecogniseAHeaderOnlyWithContentAndAnotherKnownRole() {
        assertThat(HeaderLayout.recognise(List.of("任务内容", "牵头单位", "完成情况"))).isPresent();
        assertThat(HeaderLayout.recognise(List.of("2023年市政府工作报告完成情况表"))).isEmpty();
        assertThat(HeaderLayout.recognise(List.of("任务内容", "责任领导"))).isEmpty();
        assertThat(HeaderLayout.recognise(List.of("牵头单位", "完成情况"))).isEmpty();
    }

    @Test
    void shouldTurnARepeatedRoleIntoANotesColumn() {
        HeaderLayout header = HeaderLayout.recognise(List.of("任务内容", "牵头单位", "责任单位")).orElseThrow();

        assertThat(header.roles()).containsExactly(ColumnRole.CONTENT, ColumnRole.LEAD_UNITS, ColumnRole.NOTES);
        assertThat(header.notices()).hasSize(1);
    }

    @Test
    void shouldTakeTheTargetColumnForContentWhenThereIsNoOther() {
        HeaderLayout header = HeaderLayout.recognise(List.of("序号", "主要目标任务", "责任单位")).orElseThrow();

        assertThat(header.roles()).containsExactly(ColumnRole.ORDINAL, ColumnRole.CONTENT, ColumnRole.LEAD_UNITS);
    }
}
