package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duban.quantity.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodPhrasesTest {

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource({
            "1-11月, 2023-01-01, 2023-11-30",
            "1至11月, 2023-01-01, 2023-11-30",
            "1—11月, 2023-01-01, 2023-11-30",
            "1~11月, 2023-01-01, 2023-11-30",
            "1～11月, 2023-01-01, 2023-11-30",
            "１－１１月, 2023-01-01, 2023-11-30",
            "1月-11月, 2023-01-01, 2023-11-30",
            "1-12月, 2023-01-01, 2023-12-31",
            "2022年1-6月, 2022-01-01, 2022-06-30",
            "前三季度, 2023-01-01, 2023-09-30",
            "上半年, 2023-01-01, 2023-06-30",
            "下半年, 2023-07-01, 2023-12-31",
            "一季度, 2023-01-01, 2023-03-31",
            "第一季度, 2023-01-01, 2023-03-31",
            "三季度, 2023-07-01, 2023-09-30",
            "前11个月, 2023-01-01, 2023-11-30",
            "前十一个月, 2023-01-01, 2023-11-30",
            "全年, 2023-01-01, 2023-12-31",
            "今年, 2023-01-01, 2023-12-31",
            "2023年, 2023-01-01, 2023-12-31",
            "2024年底, 2024-01-01, 2024-12-31",
            "截至12月底, 2023-01-01, 2023-12-31",
            "截至11月末, 2023-01-01, 2023-11-30",
            "截止到10月, 2023-01-01, 2023-10-31",
            "截至2023年11月底, 2023-01-01, 2023-11-30",
            "截至11月20日, 2023-01-01, 2023-11-20",
            "11月底, 2023-01-01, 2023-11-30",
            "12月28日, 2023-12-28, 2023-12-28",
            "2023年12月28日, 2023-12-28, 2023-12-28",
            "11月份, 2023-11-01, 2023-11-30",
            "2023-2025年, 2023-01-01, 2025-12-31"})
    void shouldParsePeriodPhrases(String phrase, LocalDate from, LocalDate to) {
        assertThat(PeriodPhrases.parse(phrase, 2023)).get().satisfies(p -> {
            assertThat(p.from()).isEqualTo(from);
            assertThat(p.to()).isEqualTo(to);
            assertThat(p.label()).isEqualTo(phrase);
        });
    }

    @Test
    void shouldReadOneToTwelveAsTheWholeYearForCoveredFractions() {
        Period fullYear = PeriodPhrases.parse("1-12月", 2023).orElseThrow();
        assertThat(fullYear.coveredFraction(Period.year(2023))).isEqualByComparingTo("1");
        assertThat(PeriodPhrases.parse("1-11月", 2023).orElseThrow().coveredFraction(Period.year(2023)))
                .isEqualByComparingTo(new java.math.BigDecimal(11).divide(new java.math.BigDecimal(12),
                        java.math.MathContext.DECIMAL64));
    }

    @ParameterizedTest
    @ValueSource(strings = {"截至目前", "截止目前", "截至当前"})
    void shouldRecogniseAsOfNowButGiveItNoDates(String phrase) {
        assertThat(PeriodPhrases.parse(phrase, 2023)).isEmpty();
        assertThat(PeriodPhrases.find("项目" + phrase + "已完成60%", 2023)).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo(phrase);
            assertThat(p.isDetermined()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"13月", "2月30日", "11-3月", "工业投资", "", "5428", "第2位"})
    void shouldRejectWhatIsNoPeriod(String phrase) {
        assertThat(PeriodPhrases.parse(phrase, 2023)).isEmpty();
    }

    @Test
    void shouldTreatTheLeadingDigitOfAnItemAsTheItemNotAsPartOfThePeriod() {
        List<PeriodPhrases.Phrase> found = PeriodPhrases.find("1.1-11月规上数字经济核心产业营收81.9亿元", 2023);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("1-11月");
            assertThat(p.start()).isEqualTo(2);
            assertThat(p.period().to()).isEqualTo(LocalDate.of(2023, 11, 30));
        });
    }

    @Test
    void shouldFindPhrasesInOrderWithPositionsAndPreferTheLongest() {
        String text = "截至12月底，全市在线兑付奖补资金20.26亿元；11月30日项目开工；2023年全市实现“个转企”230家";
        List<PeriodPhrases.Phrase> found = PeriodPhrases.find(text, 2023);
        assertThat(found).extracting(PeriodPhrases.Phrase::text).containsExactly("截至12月底", "11月30日", "2023年");
        for (PeriodPhrases.Phrase p : found) {
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void shouldNotTakeTheBaseOfAComparisonForAPeriod() {
        assertThat(PeriodPhrases.find("比2022年增长10%", 2023)).isEmpty();
        assertThat(PeriodPhrases.find("较2022年提高2个百分点", 2023)).isEmpty();
    }
}
