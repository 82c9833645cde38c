package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets of the classes real tables write that the first extractor missed, and the numbers it must still leave. */
class MoreTargetRulesTest {

    private static List<ExtractedIndicator> targets(String content) {
        return new IndicatorExtractor().extract(TaskText.of(content, null), 2023).indicators();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "新增16个“文化驿站” | 新增“文化驿站” | GTE | 16 | 个",
            "新（改、扩）建公办园5所 | 新(改、扩)建公办园 | GTE | 5 | 所",
            "新(改、扩)建中小学校、幼儿园15所 | 新(改、扩)建中小学校、幼儿园 | GTE | 15 | 所",
            "企业开办全流程压缩至1个工作日以内 | 企业开办全流程 | LTE | 1 | 个工作日",
            "地区生产总值奋力突破4000亿元关口 | 地区生产总值 | GT | 4000 | 亿元",
            "城乡居民最低生活保障标准提高到每人每月1050元 | 城乡居民最低生活保障标准 | GTE | 1050 | 元/人/月",
            "新增城镇就业两万人 | 新增城镇就业 | GTE | 2 | 万人",
            "新增十个未来社区 | 新增未来社区 | GTE | 10 | 个",
            "助餐点覆盖四分之三以上的城乡社区 | 助餐点覆盖 | GTE | 75 | %",
            "农村集体经济强村占比达到三分之二以上 | 农村集体经济强村占比 | GTE | 66.7 | %",
            "为两万名80周岁以上老人提供助餐服务 | 老人提供助餐服务 | GTE | 2 | 万名",
            "为1200名困难残疾人提供康复服务 | 困难残疾人提供康复服务 | GTE | 1200 | 名",
            "全年开展送戏下乡200场 | 开展送戏下乡 | GTE | 200 | 场",
            "实际使用外资2.8亿美元 | 实际使用外资 | GTE | 2.8 | 亿美元",
            "压减一般性支出15% | 一般性支出 | LTE | -15 | %",
            "新增处理能力5万吨/日 | 新增处理能力 | GTE | 5 | 万吨/日"})
    void shouldReadTheTarget(String content, String name, Comparator comparator, String value, String unit) {
        assertThat(targets(content)).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo(name);
            assertThat(i.target().comparator()).isEqualTo(comparator);
            assertThat(i.target().value()).isEqualByComparingTo(value);
            assertThat(i.target().unit()).isEqualTo(unit);
        });
    }

    @Test
    void shouldReadTheSecondNumberOfACell() {
        assertThat(targets("新建幼儿园5所，新增学位3800位。")).extracting(ExtractedIndicator::name,
                i -> i.target().value().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("新建幼儿园", "5"), org.assertj.core.groups.Tuple.tuple("新增学位", "3800"));
    }

    @Test
    void shouldReadAGrowthSharedByIndicatorsAndNotTheirCount() {
        List<ExtractedIndicator> found = targets("4个结构性指标均实现10%以上增长");
        assertThat(found).noneMatch(i -> i.kind() == MeasureKind.COUNT);
        assertThat(found).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(MeasureKind.GROWTH_RATE);
            assertThat(i.target().comparator()).isEqualTo(Comparator.GTE);
            assertThat(i.target().value()).isEqualByComparingTo("10");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"推进“一件事”集成改革", "服务千家万户", "实施三年行动计划", "落实两个健康要求", "深化百姓安居工程",
            "制定“十四五”规划", "建设“一个中心”"})
    void shouldReadNoCountFromWordsThatNameThings(String content) {
        assertThat(targets(content)).isEmpty();
    }

    @Test
    void shouldNotNameACapAfterItsComparatorWord() {
        assertThat(targets("城镇登记失业人数控制在10410人内")).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("城镇登记失业人数");
            assertThat(i.target().comparator()).isEqualTo(Comparator.LTE);
        });
    }

    @Test
    void shouldKeepATenMonthDurationOutOfCounts() {
        assertThat(NumberTokenizer.chineseValue("二十五")).isEqualByComparingTo("25");
        assertThat(NumberTokenizer.chineseValue("一千二百")).isEqualByComparingTo("1200");
        assertThat(NumberTokenizer.chineseValue("一二三")).isNull();
        assertThat(targets("用十个月时间完成整治")).isEmpty();
    }
}
