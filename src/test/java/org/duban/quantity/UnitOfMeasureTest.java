package org.duban.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitOfMeasureTest {

    @Test
    void shouldNormaliseMoneyToYuan() {
        assertThat(Quantity.of("20.26", "亿元").normalizedValue()).isEqualByComparingTo("2026000000");
        assertThat(Quantity.of("5", "万元").normalizedValue()).isEqualByComparingTo("50000");
        assertThat(UnitOfMeasure.of("亿元").isComparableWith(UnitOfMeasure.of("万元"))).isTrue();
    }

    @Test
    void shouldCompareEnergyAcrossMagnitudes() {
        Quantity target = Quantity.of("0.3", "万吨标煤");
        Quantity actual = Quantity.of("3382.46", "吨标煤");
        assertThat(actual.compareTo(target)).contains(1);
        assertThat(target.to(UnitOfMeasure.of("吨标煤")).orElseThrow().value()).isEqualByComparingTo("3000");
    }

    @Test
    void shouldConvertMoneyPerMu() {
        assertThat(Quantity.of("48.3", "万元/亩").normalizedValue()).isEqualByComparingTo("483000");
        assertThat(UnitOfMeasure.of("万元/亩").isComparableWith(UnitOfMeasure.of("元/亩"))).isTrue();
        assertThat(UnitOfMeasure.of("万元/亩").isComparableWith(UnitOfMeasure.of("万元"))).isFalse();
    }

    @Test
    void shouldKeepPercentAndPercentagePointApart() {
        assertThat(UnitOfMeasure.of("%").isComparableWith(UnitOfMeasure.of("个百分点"))).isFalse();
        assertThat(UnitOfMeasure.of("％")).isEqualTo(UnitOfMeasure.PERCENT);
    }

    @Test
    void shouldTreatCountWordsAsTheirOwnFamilies() {
        assertThat(UnitOfMeasure.of("万家").convert(new BigDecimal("1.5"), UnitOfMeasure.of("家")))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15000"));
        assertThat(UnitOfMeasure.of("家").isComparableWith(UnitOfMeasure.of("个"))).isFalse();
        assertThat(UnitOfMeasure.of("人次").family()).isEqualTo("COUNT:人次");
    }

    @Test
    void shouldKeepUnknownUnitsComparableOnlyWithThemselves() {
        UnitOfMeasure weird = UnitOfMeasure.of("标箱");
        assertThat(weird.isComparableWith(UnitOfMeasure.of("标箱"))).isTrue();
        assertThat(weird.isComparableWith(UnitOfMeasure.of("元"))).isFalse();
        assertThat(Quantity.of("1", "标箱").compareTo(Quantity.of("1", "元"))).isEmpty();
    }

    @Test
    void shouldWriteDecimalsWithoutNoise() {
        assertThat(Quantity.of("20.260000", "亿元").value().toString()).isEqualTo("20.26");
        assertThat(Decimals.normalize(new BigDecimal("5E+2")).toString()).isEqualTo("500");
    }

    @Test
    void shouldCountCoveredFractionInMonthsOrDays() {
        Period year = Period.year(2023);
        assertThat(Period.months(2023, 1, 11, "1-11月").coveredFraction(year))
                .isEqualByComparingTo(new BigDecimal(11).divide(new BigDecimal(12), java.math.MathContext.DECIMAL64));
        Period toMidJune = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 15), "截至6月15日");
        assertThat(toMidJune.coveredFraction(year)).isEqualByComparingTo(
                new BigDecimal(166).divide(new BigDecimal(365), java.math.MathContext.DECIMAL64));
    }
}
