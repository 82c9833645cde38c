package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed table of docs/domain.md: every row's content and completion text, plan year 2023. */
class SeedExtractionTest {

    private static final LocalDate JAN_1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2023, 12, 31);
    private static final LocalDate NOV_30 = LocalDate.of(2023, 11, 30);

    private static List<SeedRows.Row> rows;

    @BeforeAll
    static void load() {
        rows = SeedRows.load();
    }

    private static Extraction row(int number) {
        SeedRows.Row row = rows.get(number - 1);
        return new IndicatorExtractor().extract(TaskText.of(row.content(), row.completion()), 2023);
    }

    private static ExtractedIndicator only(Extraction extraction, String name) {
        List<ExtractedIndicator> named = extraction.indicators().stream().filter(i -> i.name().equals(name)).toList();
        assertThat(named).as("indicators named %s in %s", name, extraction.indicators()).hasSize(1);
        return named.get(0);
    }

    @Test
    void shouldReadTwelveRowsFromTheSeedFile() {
        assertThat(rows).hasSize(12);
        assertThat(rows.get(11).completion()).contains("粮油产业园").contains("预计2024年底可投入试生产");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 7, 11, 12})
    void shouldFindNoTargetIndicatorInRowsWithoutQuantitativeTargets(int number) {
        assertThat(row(number).indicators()).isEmpty();
    }

    @Test
    void shouldReadIndustrialInvestmentOfRow3WithItsEstimatedActual() {
        Extraction e = row(3);
        assertThat(e.indicators()).hasSize(1);
        ExtractedIndicator investment = only(e, "工业投资");
        assertThat(investment.kind()).isEqualTo(MeasureKind.LEVEL);
        assertThat(investment.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(investment.direction()).isEqualTo(Direction.ASCENDING);
        assertThat(investment.commitment()).isEqualTo(Commitment.FIRM);
        assertThat(investment.target().comparator()).isEqualTo(Comparator.GTE);
        assertThat(investment.target().value()).isEqualByComparingTo("500");
        assertThat(investment.target().unit()).isEqualTo("亿元");
        assertThat(investment.target().period().from()).isEqualTo(JAN_1);
        assertThat(investment.target().period().to()).isEqualTo(DEC_31);
        assertThat(investment.target().sourceText()).isEqualTo("实现工业投资 500 亿元以上");

        assertThat(investment.measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("510");
            assertThat(m.unit()).isEqualTo("亿元");
            assertThat(m.qualifier()).isEqualTo(Comparator.GTE);
            assertThat(m.period().from()).isEqualTo(JAN_1);
            assertThat(m.period().to()).isEqualTo(DEC_31);
            assertThat(m.period().label()).isEqualTo("1-12月");
            assertThat(m.status()).isEqualTo(MeasurementStatus.ESTIMATED);
            assertThat(m.sourceText()).isEqualTo("1-12月,预计完成工业投资510亿元以上");
        });
    }

    @Test
    void shouldShareOneGrowthTargetBetweenValueAddedAndTechnicalInvestmentInRow4() {
        Extraction e = row(4);
        assertThat(e.indicators()).extracting(ExtractedIndicator::name).containsExactly("规上工业增加值", "技改投资");
        for (ExtractedIndicator i : e.indicators()) {
            assertThat(i.kind()).isEqualTo(MeasureKind.GROWTH_RATE);
            assertThat(i.accumulation()).isEqualTo(Accumulation.POINT_IN_TIME);
            assertThat(i.commitment()).isEqualTo(Commitment.FIRM);
            assertThat(i.target().comparator()).isEqualTo(Comparator.GTE);
            assertThat(i.target().value()).isEqualByComparingTo("10");
            assertThat(i.target().unit()).isEqualTo("%");
        }

        assertThat(only(e, "规上工业增加值").measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("17.3");
            assertThat(m.unit()).isEqualTo("%");
            assertThat(m.qualifier()).isNull();
            assertThat(m.period().from()).isEqualTo(JAN_1);
            assertThat(m.period().to()).isEqualTo(NOV_30);
            assertThat(m.period().label()).isEqualTo("1-11月");
            assertThat(m.status()).isEqualTo(MeasurementStatus.FINAL);
        });
        assertThat(only(e, "技改投资").measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("60");
            assertThat(m.qualifier()).isEqualTo(Comparator.GTE);
            assertThat(m.period().to()).isEqualTo(DEC_31);
            assertThat(m.period().label()).isEqualTo("1-12月");
            assertThat(m.status()).isEqualTo(MeasurementStatus.ESTIMATED);
            assertThat(m.sourceText()).isEqualTo("1-12月,预计工业技改投资同比增长60%以上");
        });
    }

    @Test
    void shouldLeaveDigitalEconomyOfRow6WithoutActualDespiteRevenueAndRestatedTarget() {
        Extraction e = row(6);
        ExtractedIndicator digital = only(e, "数字经济核心产业增加值");
        assertThat(e.indicators()).hasSize(1);
        assertThat(digital.kind()).isEqualTo(MeasureKind.GROWTH_RATE);
        assertThat(digital.commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(digital.target().comparator()).isEqualTo(Comparator.GTE);
        assertThat(digital.target().value()).isEqualByComparingTo("10");
        assertThat(digital.measurements()).isEmpty();
        assertThat(e.warnings()).anyMatch(w -> w.contains("数字经济核心产业增加值"));
    }

    @Test
    void shouldMeasureBurdenReductionOfRow8AndNotTheSubsidiesPaid() {
        Extraction e = row(8);
        ExtractedIndicator burden = only(e, "为企业减负");
        assertThat(e.indicators()).hasSize(1);
        assertThat(burden.kind()).isEqualTo(MeasureKind.LEVEL);
        assertThat(burden.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
        assertThat(burden.target().comparator()).isEqualTo(Comparator.GTE);
        assertThat(burden.target().value()).isEqualByComparingTo("50");
        assertThat(burden.target().unit()).isEqualTo("亿元");
        assertThat(burden.target().period().from()).isEqualTo(JAN_1);
        assertThat(burden.target().period().to()).isEqualTo(DEC_31);
        assertThat(burden.measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("51.5");
            assertThat(m.unit()).isEqualTo("亿元");
            assertThat(m.period().to()).isEqualTo(NOV_30);
            assertThat(m.period().label()).isEqualTo("1-11月");
            assertThat(m.status()).isEqualTo(MeasurementStatus.FINAL);
            assertThat(m.sourceText()).isEqualTo("1-11月,全市完成减负51.5亿元");
        });
    }

    @Test
    void shouldDistributeTheVerbOverTheEnumerationOfRow9AndMatchEachActualByName() {
        Extraction e = row(9);
        assertThat(e.indicators()).extracting(ExtractedIndicator::name).containsExactly(
                "新增个转企", "新增规上工业企业", "新增省级以上“专精特新”企业", "培育扶持“链主型”企业");
        assertThat(e.indicators()).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(MeasureKind.COUNT);
            assertThat(i.accumulation()).isEqualTo(Accumulation.CUMULATIVE);
            assertThat(i.commitment()).isEqualTo(Commitment.FIRM);
            assertThat(i.target().comparator()).isEqualTo(Comparator.GTE);
            assertThat(i.target().unit()).isEqualTo("家");
            assertThat(i.measurements()).hasSize(1);
        });
        assertThat(e.indicators()).extracting(i -> i.target().value().intValueExact()).containsExactly(200, 60, 30, 15);

        ExtractedMeasurement conversions = only(e, "新增个转企").measurements().get(0);
        assertThat(conversions.value()).isEqualByComparingTo("230");
        assertThat(conversions.period().label()).isEqualTo("2023年");
        assertThat(conversions.period().to()).isEqualTo(DEC_31);
        assertThat(conversions.status()).isEqualTo(MeasurementStatus.FINAL);

        ExtractedMeasurement newLarge = only(e, "新增规上工业企业").measurements().get(0);
        assertThat(newLarge.value()).isEqualByComparingTo("60");
        assertThat(newLarge.qualifier()).isEqualTo(Comparator.GT);
        assertThat(newLarge.period().label()).isEqualTo("全年");
        assertThat(newLarge.status()).isEqualTo(MeasurementStatus.ESTIMATED);
        assertThat(newLarge.sourceText()).isEqualTo("预计全年新增规上工业企业超60家");

        ExtractedMeasurement specialised = only(e, "新增省级以上“专精特新”企业").measurements().get(0);
        assertThat(specialised.value()).isEqualByComparingTo("34");
        assertThat(specialised.period().label()).isEqualTo("今年");
        assertThat(specialised.period().from()).isEqualTo(JAN_1);
        assertThat(specialised.period().to()).isEqualTo(DEC_31);
        assertThat(specialised.status()).isEqualTo(MeasurementStatus.FINAL);

        ExtractedMeasurement chainLeaders = only(e, "培育扶持“链主型”企业").measurements().get(0);
        assertThat(chainLeaders.value()).isEqualByComparingTo("16");
        assertThat(chainLeaders.period().label()).isEqualTo("全年");
        assertThat(chainLeaders.status()).isEqualTo(MeasurementStatus.FINAL);
    }

    @Test
    void shouldNeverTakeStocksOrProgrammeNumbersOfRow9() {
        Extraction e = row(9);
        assertThat(e.indicators()).flatExtracting(ExtractedIndicator::measurements)
                .extracting(ExtractedMeasurement::value)
                .noneMatch(v -> List.of(130, 500, 5428, 1141, 45, 2, 1).contains(v.intValue()));
    }

    @Test
    void shouldReadTheTaxPerMuGrowthOfRow10WithoutActualAndWithoutTheThreshold() {
        Extraction e = row(10);
        assertThat(e.indicators()).hasSize(1);
        ExtractedIndicator tax = only(e, "规上工业亩均税收");
        assertThat(tax.kind()).isEqualTo(MeasureKind.GROWTH_RATE);
        assertThat(tax.accumulation()).isEqualTo(Accumulation.POINT_IN_TIME);
        assertThat(tax.commitment()).isEqualTo(Commitment.STRETCH);
        assertThat(tax.target().comparator()).isEqualTo(Comparator.GTE);
        assertThat(tax.target().value()).isEqualByComparingTo("6");
        assertThat(tax.target().unit()).isEqualTo("%");
        assertThat(tax.measurements()).isEmpty();
        // the levels 48.3 and 50 万元/亩 are named and set aside, not silently dropped
        assertThat(e.warnings()).anyMatch(w -> w.contains("48.3万元/亩"));
    }

    @Test
    void shouldKeepEveryNumberOfTheSeedExactAndItsSourceInTheText() {
        for (int i = 1; i <= 12; i++) {
            SeedRows.Row row = rows.get(i - 1);
            for (ExtractedIndicator indicator : row(i).indicators()) {
                assertThat(row.content()).contains(indicator.target().sourceText());
                assertThat(row.content()).contains(indicator.sourceText());
                for (ExtractedMeasurement m : indicator.measurements()) {
                    assertThat(row.completion()).contains(m.sourceText());
                    assertThat(m.sourceText()).contains(m.value().toPlainString());
                    assertThat(m.value().scale()).isLessThanOrEqualTo(2);
                }
            }
        }
        assertThat(new BigDecimal("51.5")).isEqualByComparingTo(only(row(8), "为企业减负").measurements().get(0).value());
    }
}
