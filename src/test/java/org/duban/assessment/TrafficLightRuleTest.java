package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.assessment.Verdict.AT_RISK;
import static org.duban.assessment.Verdict.EXCEEDED;
import static org.duban.assessment.Verdict.LIKELY_MET;
import static org.duban.assessment.Verdict.LIKELY_NOT_MET;
import static org.duban.assessment.Verdict.MET;
import static org.duban.assessment.Verdict.NOT_ASSESSABLE;
import static org.duban.assessment.Verdict.NOT_MET;
import static org.duban.assessment.Verdict.NO_DATA;
import static org.duban.assessment.Verdict.OFF_TRACK;
import static org.duban.assessment.Verdict.ON_TRACK;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrafficLightRuleTest {

    private static final LocalDate DUE = LocalDate.of(2023, 12, 31);
    private static final LocalDate BEFORE_DUE = LocalDate.of(2023, 11, 30);
    private static final LocalDate AFTER_DUE = LocalDate.of(2024, 1, 19);

    private static TaskLight light(Verdict... verdicts) {
        return TrafficLightRule.light(List.of(verdicts), DUE, BEFORE_DUE);
    }

    @Test
    void shouldCallExactlyFourVerdictsFavourable() {
        EnumSet<Verdict> favourable = EnumSet.noneOf(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            if (verdict.favourable()) {
                favourable.add(verdict);
            }
        }
        assertThat(favourable).containsExactlyInAnyOrder(MET, EXCEEDED, LIKELY_MET, ON_TRACK);
    }

    @ParameterizedTest
    @EnumSource(names = {"NOT_MET", "LIKELY_NOT_MET", "OFF_TRACK"})
    void shouldBeRedForAnyMissWhateverElseHolds(Verdict miss) {
        TaskLight light = TrafficLightRule.light(List.of(EXCEEDED, AT_RISK, NO_DATA, miss), DUE, AFTER_DUE);

        assertThat(light.light()).isEqualTo(Light.RED);
    }

    @Test
    void shouldCountEachKindOfMissInTheRedReason() {
        TaskLight light = light(NOT_MET, OFF_TRACK, OFF_TRACK, MET);

        assertThat(light).isEqualTo(new TaskLight(Light.RED, "1项指标未完成、2项指标进度滞后"));
        assertThat(light(LIKELY_NOT_MET).reason()).isEqualTo("1项指标预计未完成");
    }

    @Test
    void shouldBeYellowForAnyRiskEvenBesideFavourableVerdicts() {
        TaskLight light = light(MET, ON_TRACK, AT_RISK);

        assertThat(light).isEqualTo(new TaskLight(Light.YELLOW, "1项指标进度存在风险"));
    }

    @Test
    void shouldBeYellowForMissingDataAfterTheDueDate() {
        TaskLight light = TrafficLightRule.light(List.of(MET, NO_DATA), DUE, AFTER_DUE);

        assertThat(light).isEqualTo(new TaskLight(Light.YELLOW, "1项指标已过完成时限2023-12-31仍无数据"));
    }

    @Test
    void shouldNamePastDueDataAndRiskTogether() {
        TaskLight light = TrafficLightRule.light(List.of(AT_RISK, NO_DATA, NO_DATA), DUE, AFTER_DUE);

        assertThat(light.reason()).isEqualTo("1项指标进度存在风险、2项指标已过完成时限2023-12-31仍无数据");
    }

    @Test
    void shouldNotBeLateOnTheDueDateItself() {
        assertThat(TrafficLightRule.light(List.of(NO_DATA), DUE, DUE).light()).isEqualTo(Light.GREY);
        assertThat(TrafficLightRule.light(List.of(NO_DATA), DUE, DUE.plusDays(1)).light()).isEqualTo(Light.YELLOW);
    }

    @Test
    void shouldNeverBeLateWithoutADueDate() {
        assertThat(TrafficLightRule.light(List.of(NO_DATA), null, AFTER_DUE).light()).isEqualTo(Light.GREY);
    }

    @ParameterizedTest
    @EnumSource(names = {"MET", "EXCEEDED", "LIKELY_MET", "ON_TRACK"})
    void shouldBeGreenForAFavourableVerdictAlone(Verdict favourable) {
        assertThat(light(favourable).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldBeGreenBesideDataNotYetDueAndIndicatorsLeftToAPerson() {
        TaskLight light = light(LIKELY_MET, NO_DATA, NOT_ASSESSABLE);

        assertThat(light).isEqualTo(new TaskLight(Light.GREEN, "1项指标已完成或进度正常，无滞后或风险指标"));
    }

    @Test
    void shouldBeGreyWithoutIndicators() {
        assertThat(TrafficLightRule.light(List.of(), DUE, AFTER_DUE))
                .isEqualTo(new TaskLight(Light.GREY, "暂无指标，无从判断"));
    }

    @Test
    void shouldBeGreyWithOnlyDataNotYetDue() {
        assertThat(light(NO_DATA, NO_DATA))
                .isEqualTo(new TaskLight(Light.GREY, "暂无可判断的指标：2项指标暂无数据且未过完成时限"));
    }

    @Test
    void shouldBeGreyWithOnlyIndicatorsLeftToAPerson() {
        assertThat(TrafficLightRule.light(List.of(NOT_ASSESSABLE), DUE, AFTER_DUE))
                .isEqualTo(new TaskLight(Light.GREY, "暂无可判断的指标：1项指标需人工评定"));
    }

    @Test
    void shouldUseAPersonsVerdictPassedInPlaceOfNotAssessable() {
        // 千兆城市 (MILESTONE) judged MET by a supervisor; 争先进位 (RANK) judged NOT_MET.
        assertThat(light(MET).light()).isEqualTo(Light.GREEN);
        assertThat(light(MET, NOT_MET).light()).isEqualTo(Light.RED);
    }

    @Test
    void shouldLightTheSeedTasksWithVerdictsAsOfPublication() {
        LocalDate published = LocalDate.of(2024, 1, 19);
        // Task 4: 规上工业增加值 ON_TRACK, 技改投资 LIKELY_MET.
        assertThat(TrafficLightRule.light(List.of(ON_TRACK, LIKELY_MET), DUE, published).light())
                .isEqualTo(Light.GREEN);
        // Task 6: 数字经济核心产业增加值 NO_DATA after its year.
        assertThat(TrafficLightRule.light(List.of(NO_DATA), DUE, published).light()).isEqualTo(Light.YELLOW);
        // Task 9: four counts, all favourable.
        assertThat(TrafficLightRule.light(List.of(EXCEEDED, LIKELY_MET, EXCEEDED, EXCEEDED), DUE, published))
                .isEqualTo(new TaskLight(Light.GREEN, "4项指标已完成或进度正常，无滞后或风险指标"));
    }
}
