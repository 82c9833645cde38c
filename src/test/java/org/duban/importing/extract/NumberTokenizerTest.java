package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTokenizerTest {

    private static List<NumberSpan> spans(String text) {
        String normalized = ChineseText.normalize(text);
        return NumberTokenizer.find(normalized, PeriodPhrases.find(text, 2023));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "实现工业投资 500 亿元以上, 500, 亿元",
            "完成减负51.5亿元, 51.5, 亿元",
            "兑付资金20.26亿元, 20.26, 亿元",
            "增长１０％以上, 10, %",
            "增长17.3%, 17.3, %",
            "提升4个百分点, 4, 个百分点",
            "提高0.5百分点, 0.5, 个百分点",
            "新增个转企 200 家, 200, 家",
            "服务企业2820家次, 2820, 家次",
            "亩均税收48.3万元/亩, 48.3, 万元/亩",
            "腾出用能3382.46吨标煤, 3382.46, 吨标煤",
            "腾出用能0.3万吨标煤, 0.3, 万吨标煤",
            "规划面积7.46平方公里, 7.46, 平方公里",
            "新增就业2.5万人, 2.5, 万人",
            "浓度25微克/立方米, 25, 微克/立方米",
            "超额完成500亿工业投资, 500, 亿元",
            "总投资约760亿, 760, 亿元",
            "'投资1,200亿元', 1200, 亿元",
            "增长-2.1%, -2.1, %",
            "平台访问量已超10万, 100000, 个"})
    void shouldReadNumberAndUnit(String text, String value, String unit) {
        assertThat(spans(text)).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo(value);
            assertThat(s.unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "实施“5428” 企业梯度培育行动",
            "实施“1141”行动",
            "推动“1+5”石化新材料拓展区获批",
            "入选第一批省“415X”先进制造业集群",
            "创建“3个核心区+1个协同区”",
            "推动黎明智造、7412等企业研制紧固件",
            "1-11月，2023年，12月28日，截至12月底",
            "居全省第2位，全省前3",
            "新建5G基站",
            "PM2.5浓度",
            "1.推进重点项目建设。 2.拓展石化发展空间。",
            "（1）加快建设 (2)推进",
            "发布时间:2024-01-19 09:17",
            "出台《关于支持2023年100家企业发展的若干意见》",
            "三年行动",
            "用时3个月"})
    void shouldNeverReadNamesDatesRanksOrCodesAsQuantities(String text) {
        assertThat(spans(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} %")
    @CsvSource({
            "助餐点覆盖四分之三以上的城乡社区, 75",
            "三分之二以上的村, 66.7",
            "覆盖率达到百分之八十, 80",
            "八分之一, 12.5",
            "送戏下乡200场, 200"})
    void shouldReadFractionsAsPercentages(String text, String value) {
        assertThat(spans(text)).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo(value);
            assertThat(s.unit()).isEqualTo(text.contains("场") ? "场" : "%");
            assertThat(text.substring(s.start(), s.end())).doesNotContain("以上");
        });
    }

    @Test
    void shouldKeepPositionsOfTheOriginalTextWithFullWidthDigits() {
        String text = "固定资产投资增长１０％以上";
        NumberSpan span = spans(text).get(0);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("１０％");
    }

    @Test
    void shouldReadItemOneAndThenThePeriodInOnePointOneDashEleven() {
        assertThat(spans("1.1-11月规上数字经济核心产业营收81.9亿元,增速38.2%"))
                .extracting(s -> s.value().toPlainString() + s.unit()).containsExactly("81.9亿元", "38.2%");
    }
}
