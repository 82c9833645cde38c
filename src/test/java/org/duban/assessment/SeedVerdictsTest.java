package org.duban.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.quantity.MeasurementStatus.ESTIMATED;
import static org.duban.quantity.MeasurementStatus.FINAL;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.Period;
import org.junit.jupiter.api.Test;

/** The verdicts docs/domain.md expects on the seed table (舟山市经信局, 2023年市政府工作报告完成情况表). */
class SeedVerdictsTest {

    private static final Period YEAR = Period.year(2023);
    private static final Period JAN_NOV = Period.months(2023, 1, 11, "1-11月");
    private static final Period JAN_DEC = Period.months(2023, 1, 12, "1-12月");
    private static final Period WHOLE_YEAR = labelled("全年");
    private static final Period THIS_YEAR = labelled("今年");
    private static final Instant PUBLISHED = Instant.parse("2024-01-19T01:17:00Z");

    private final AssessmentRules rules = new AssessmentRules();

    @Test
    void industrialInvestmentIsLikelyMet() {
        Assessment assessment = assess(target("工业投资", MeasureKind.LEVEL, Accumulation.CUMULATIVE, "500", "亿元"),
                measured(31, "510", "亿元", Comparator.GTE, JAN_DEC, ESTIMATED));

        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_MET);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.02");
        assertThat(assessment.explanation())
                .isEqualTo("预计1-12月完成510亿元以上，达到全年目标500亿元，完成率102%（预计值）");
    }

    @Test
    void industrialValueAddedIsOnTrack() {
        Assessment assessment = assess(target("规上工业增加值", MeasureKind.GROWTH_RATE, Accumulation.POINT_IN_TIME,
                "10", "%"), measured(41, "17.3", "%", null, JAN_NOV, FINAL));

        assertThat(assessment.verdict()).isEqualTo(Verdict.ON_TRACK);
        assertThat(assessment.explanation()).isEqualTo("1-11月增长17.3%，高于全年目标10%，按序时判断进度正常");
    }

    @Test
    void technicalRenovationInvestmentIsLikelyMet() {
        Assessment assessment = assess(target("技改投资", MeasureKind.GROWTH_RATE, Accumulation.POINT_IN_TIME,
                "10", "%"), measured(42, "60", "%", Comparator.GTE, JAN_DEC, ESTIMATED));

        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_MET);
        assertThat(assessment.explanation()).startsWith("预计1-12月增长60%以上");
    }

    @Test
    void digitalEconomyHasNoData() {
        IndicatorFacts digital = new IndicatorFacts("数字经济核心产业增加值", MeasureKind.GROWTH_RATE,
                Accumulation.POINT_IN_TIME, Direction.ASCENDING, Commitment.STRETCH, Comparator.GTE,
                new BigDecimal("10"), "%", YEAR);

        Assessment assessment = rules.assess(digital, List.of());

        assertThat(assessment.verdict()).isEqualTo(Verdict.NO_DATA);
        assertThat(assessment.explanation()).isEqualTo("暂无完成数据");
    }

    @Test
    void burdenReliefIsMetBeforeTheYearEnds() {
        Assessment assessment = assess(target("为企业减负", MeasureKind.LEVEL, Accumulation.CUMULATIVE, "50", "亿元"),
                measured(81, "51.5", "亿元", null, JAN_NOV, FINAL));

        assertThat(assessment.verdict()).isEqualTo(Verdict.MET);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.03");
        assertThat(assessment.explanation()).contains("103%");
    }

    @Test
    void individualBusinessesConvertedAreExceeded() {
        Assessment assessment = assess(target("新增个转企", MeasureKind.COUNT, Accumulation.CUMULATIVE, "200", "家"),
                measured(91, "230", "家", null, YEAR, FINAL));

        assertThat(assessment.verdict()).isEqualTo(Verdict.EXCEEDED);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.15");
    }

    @Test
    void newIndustrialEnterprisesAreLikelyMet() {
        Assessment assessment = assess(target("新增规上工业企业", MeasureKind.COUNT, Accumulation.CUMULATIVE, "60", "家"),
                measured(92, "60", "家", Comparator.GT, WHOLE_YEAR, ESTIMATED));

        assertThat(assessment.verdict()).isEqualTo(Verdict.LIKELY_MET);
        assertThat(assessment.explanation()).startsWith("预计全年完成超60家");
    }

    @Test
    void specialisedEnterprisesAreExceeded() {
        Assessment assessment = assess(target("新增省级以上“专精特新”企业", MeasureKind.COUNT, Accumulation.CUMULATIVE,
                "30", "家"), measured(93, "34", "家", null, THIS_YEAR, FINAL));

        assertThat(assessment.verdict()).isEqualTo(Verdict.EXCEEDED);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.1333");
    }

    @Test
    void chainLeaderEnterprisesAreExceeded() {
        Assessment assessment = assess(target("培育扶持“链主型”企业", MeasureKind.COUNT, Accumulation.CUMULATIVE,
                "15", "家"), measured(94, "16", "家", null, WHOLE_YEAR, FINAL));

        assertThat(assessment.verdict()).isEqualTo(Verdict.EXCEEDED);
        assertThat(assessment.ratio()).isEqualByComparingTo("1.0667");
        assertThat(assessment.explanation()).isEqualTo("全年完成16家，超额完成全年目标15家，完成率107%");
    }

    @Test
    void taxPerMuHasNoData() {
        IndicatorFacts taxPerMu = new IndicatorFacts("规上工业亩均税收", MeasureKind.GROWTH_RATE,
                Accumulation.POINT_IN_TIME, Direction.ASCENDING, Commitment.STRETCH, Comparator.GTE,
                new BigDecimal("6"), "%", YEAR);

        assertThat(rules.assess(taxPerMu, List.of()).verdict()).isEqualTo(Verdict.NO_DATA);
    }

    private Assessment assess(IndicatorFacts indicator, MeasurementFacts measurement) {
        return rules.assess(indicator, List.of(measurement));
    }

    private static IndicatorFacts target(String name, MeasureKind kind, Accumulation accumulation, String value,
                                         String unit) {
        return new IndicatorFacts(name, kind, accumulation, Direction.ASCENDING, Commitment.FIRM, Comparator.GTE,
                new BigDecimal(value), unit, YEAR);
    }

    private static MeasurementFacts measured(long id, String value, String unit, Comparator qualifier, Period period,
                                             MeasurementStatus status) {
        return new MeasurementFacts(id, new BigDecimal(value), unit, qualifier, period, status, PUBLISHED);
    }

    private static Period labelled(String label) {
        return new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), label);
    }
}
