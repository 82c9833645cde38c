package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Targets read from task contents of tables never seen: one rule per test. */
class TargetRulesTest {

    private static List<ExtractedIndicator> targets(String content) {
        return new IndicatorExtractor().extract(TaskText.of(content, null), 2023).indicators();
    }

    private static ExtractedIndicator single(String content) {
        List<ExtractedIndicator> found = targets(content);
        assertThat(found).as("indicators of %s", content).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "实现工业投资500亿元以上 | GTE | 500",
            "工业投资不低于500亿元 | GTE | 500",
            "招引项目不少于30个 | GTE | 30",
            "工业投资达到500亿元 | GTE | 500",
            "外贸进出口总额超过1000亿元 | GT | 1000",
            "工业投资超500亿元 | GT | 500",
            "工业投资突破500亿元 | GT | 500",
            "安全生产事故死亡人数控制在10人以内 | LTE | 10",
            "政府性债务余额不超过800亿元 | LTE | 800",
            "单位工业增加值用水量20立方米以下 | LTE | 20",
            "城镇登记失业率低于3.5% | LT | 3.5",
            "完成固定资产投资约760亿元左右 | APPROX | 760",
            "完成固定资产投资约760亿元 | APPROX | 760",
            "新增个转企200家 | GTE | 200",
            "工业投资≥500亿元 | GTE | 500",
            "单位GDP能耗下降3% | LTE | -3",
            "单位GDP能耗下降3%以上 | LTE | -3"})
    void shouldReadTheComparator(String content, Comparator comparator, String value) {
        ExtractedTarget target = single(content).target();
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.value()).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "规上工业增加值增长10%以上 | 规上工业增加值 | GROWTH_RATE | % | POINT_IN_TIME",
            "全社会研发投入占GDP比重提升0.2个百分点 | 全社会研发投入占GDP比重 | SHARE | 个百分点 | POINT_IN_TIME",
            "城镇调查失业率控制在5.5%以内 | 城镇调查失业率 | SHARE | % | POINT_IN_TIME",
            "城镇新增就业2.5万人 | 城镇新增就业 | COUNT | 万人 | CUMULATIVE",
            "新建5G基站1000个以上 | 新建5G基站 | COUNT | 个 | CUMULATIVE",
            "实现工业投资 500 亿元以上 | 工业投资 | LEVEL | 亿元 | CUMULATIVE",
            "全年为企业减负50亿元以上 | 为企业减负 | LEVEL | 亿元 | CUMULATIVE",
            "PM2.5平均浓度控制在25微克/立方米以内 | PM2.5平均浓度 | LEVEL | 微克/立方米 | POINT_IN_TIME",
            "规上工业亩均税收达到35万元/亩 | 规上工业亩均税收 | LEVEL | 万元/亩 | POINT_IN_TIME",
            "节约用能0.3万吨标煤 | 节约用能 | LEVEL | 万吨标煤 | CUMULATIVE",
            "固定资产投资增长１０％以上 | 固定资产投资 | GROWTH_RATE | % | POINT_IN_TIME"})
    void shouldReadNameKindUnitAndAccumulation(String content, String name, MeasureKind kind, String unit,
            Accumulation accumulation) {
        ExtractedIndicator indicator = single(content);
        assertThat(indicator.name()).isEqualTo(name);
        assertThat(indicator.kind()).isEqualTo(kind);
        assertThat(indicator.target().unit()).isEqualTo(unit);
        assertThat(indicator.accumulation()).isEqualTo(accumulation);
    }

    @Test
    void shouldReadADeclineAsANegativeRateOfADescendingIndicator() {
        ExtractedIndicator energy = single("单位GDP能耗下降3%。");
        assertThat(energy.name()).isEqualTo("单位GDP能耗");
        assertThat(energy.kind()).isEqualTo(MeasureKind.GROWTH_RATE);
        assertThat(energy.direction()).isEqualTo(Direction.DESCENDING);
        assertThat(energy.target().value()).isEqualByComparingTo("-3");
        assertThat(energy.target().comparator()).isEqualTo(Comparator.LTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PM2.5平均浓度控制在25微克/立方米以内", "政府性债务余额不超过800亿元", "城镇登记失业率低于3.5%"})
    void shouldMakeCeilingsDescending(String content) {
        assertThat(single(content).direction()).isEqualTo(Direction.DESCENDING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"实现工业投资500亿元", "为企业减负50亿元以上", "新增个转企200家"})
    void shouldMakeFloorsAscending(String content) {
        assertThat(single(content).direction()).isEqualTo(Direction.ASCENDING);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "确保工业投资增长10% | FIRM",
            "工业投资增长10% | FIRM",
            "力争工业投资增长10% | STRETCH",
            "争取工业投资增长10% | STRETCH",
            "深化改革,力争规上工业亩均税收增长 6% | STRETCH",
            "力争到2025年，数字经济核心产业增加值占GDP比重达到15% | STRETCH"})
    void shouldReadTheCommitment(String content, Commitment commitment) {
        assertThat(single(content).commitment()).isEqualTo(commitment);
    }

    @Test
    void shouldReadAFirmAndAStretchTargetForOneIndicator() {
        List<ExtractedIndicator> found = targets("确保地区生产总值增长6.5%、力争7%。");
        assertThat(found).hasSize(2);
        assertThat(found).extracting(ExtractedIndicator::name).containsOnly("地区生产总值");
        assertThat(found).extracting(ExtractedIndicator::kind).containsOnly(MeasureKind.GROWTH_RATE);
        assertThat(found).extracting(ExtractedIndicator::commitment).containsExactly(Commitment.FIRM,
                Commitment.STRETCH);
        assertThat(found).extracting(i -> i.target().value().toPlainString()).containsExactly("6.5", "7");
    }

    @Test
    void shouldApplyACommitmentWordOnlyToTheClauseItStarts() {
        List<ExtractedIndicator> found = targets("力争规上工业增加值增长8%，数字经济核心产业增加值增长10%。");
        assertThat(found).extracting(ExtractedIndicator::commitment).containsExactly(Commitment.STRETCH,
                Commitment.FIRM);
    }

    @Test
    void shouldShareOneTargetBetweenTheNamesOfAList() {
        List<ExtractedIndicator> found = targets("实施制造业高质量发展三年行动,规上工业增加值、技改投资均增长10%以上。");
        assertThat(found).extracting(ExtractedIndicator::name).containsExactly("规上工业增加值", "技改投资");
        assertThat(found).allSatisfy(i -> {
            assertThat(i.target().value()).isEqualByComparingTo("10");
            assertThat(i.target().comparator()).isEqualTo(Comparator.GTE);
        });
    }

    @Test
    void shouldDistributeTheVerbOverAnEnumeration() {
        List<ExtractedIndicator> found = targets("新增高新技术企业 120 家、科技型中小企业 300 家，引进高层次人才 50 人。");
        assertThat(found).extracting(ExtractedIndicator::name)
                .containsExactly("新增高新技术企业", "新增科技型中小企业", "引进高层次人才");
        assertThat(found).extracting(i -> i.target().unit()).containsExactly("家", "家", "人");
        assertThat(found.get(1).target().sourceText()).isEqualTo("科技型中小企业 300 家");
    }

    @Test
    void shouldReadANameWrittenAfterTheNumber() {
        ExtractedIndicator indicator = single("全年新增60家规上工业企业。");
        assertThat(indicator.name()).isEqualTo("新增规上工业企业");
        assertThat(indicator.target().value()).isEqualByComparingTo("60");
        assertThat(indicator.target().sourceText()).isEqualTo("全年新增60家规上工业企业");
    }

    @Test
    void shouldReadABareHundredMillionAsYuanWhenTheQuantityIsMoney() {
        ExtractedIndicator investment = single("实现500亿工业投资。");
        assertThat(investment.name()).isEqualTo("工业投资");
        assertThat(investment.target().unit()).isEqualTo("亿元");
        assertThat(investment.target().value()).isEqualByComparingTo("500");
    }

    @Test
    void shouldMultiplyABareTenThousandOfACount() {
        ExtractedIndicator users = single("平台注册用户突破10万。");
        assertThat(users.target().value()).isEqualByComparingTo("100000");
        assertThat(users.target().comparator()).isEqualTo(Comparator.GT);
        assertThat(users.kind()).isEqualTo(MeasureKind.COUNT);
    }

    @Test
    void shouldTakeThePeriodOfTheTargetFromTheTextElseThePlanYear() {
        assertThat(single("全年为企业减负50亿元以上").target().period().label()).isEqualTo("全年");
        ExtractedTarget plain = single("新增个转企200家").target();
        assertThat(plain.period().from()).hasToString("2023-01-01");
        assertThat(plain.period().to()).hasToString("2023-12-31");
        ExtractedTarget later = single("力争到2025年，数字经济核心产业增加值占GDP比重达到15%").target();
        assertThat(later.period().to()).hasToString("2025-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "推进园区内亩均税收6万元以下低效企业整治提升。",
            "实施“5428” 企业梯度培育行动。",
            "实施“1141”行动，推动“1+5”石化新材料拓展区获批。",
            "创建“3个核心区+1个协同区”，入选“415X”先进制造业集群。",
            "推动黎明智造、7412等企业研制换电紧固件。",
            "重点建设新材料智创园、普陀万洋众创城二期等6个园区。",
            "推动建造LNG万箱船、15.4万吨穿梭油轮等高端船舶。",
            "全市现有规上工业企业480家，从业人员12万人。",
            "2023年是全面贯彻党的二十大精神的开局之年。",
            "在省级开发区(园区)排名中实现争先进位。",
            "争创全国千兆城市。",
            "11月30日金塘新材料主体项目全面开工建设。",
            "居全省第2位，力争全省前3。"})
    void shouldNeverMakeATargetOfNamesThresholdsSpecificationsOrDescriptions(String content) {
        assertThat(targets(content)).isEmpty();
    }

    @Test
    void shouldReadATargetCellAndNameItFromTheContent() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("加快推进工业投资", "≥500亿元", null, null), 2023);
        assertThat(e.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("工业投资");
            assertThat(i.kind()).isEqualTo(MeasureKind.LEVEL);
            assertThat(i.target().comparator()).isEqualTo(Comparator.GTE);
            assertThat(i.target().value()).isEqualByComparingTo("500");
        });
        assertThat(e.warnings()).anyMatch(w -> w.contains("工业投资"));
    }

    @Test
    void shouldNotDuplicateATargetCellThatRepeatsTheContent() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("实现工业投资500亿元以上", "500亿元", null, null), 2023);
        assertThat(e.indicators()).hasSize(1);
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void shouldWarnWhenTheTargetCellDiffersFromTheContent() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("实现工业投资500亿元以上", "520亿元", null, null), 2023);
        assertThat(e.indicators()).hasSize(1);
        assertThat(e.warnings()).singleElement().asString().contains("520亿元");
    }

    @Test
    void shouldReadNamedTargetsOfATargetCell() {
        Extraction e = new IndicatorExtractor().extract(
                new TaskText("推进制造业高质量发展", "规上工业增加值增长8%；技改投资增长12%", null, null), 2023);
        assertThat(e.indicators()).extracting(ExtractedIndicator::name).containsExactly("规上工业增加值", "技改投资");
    }

    @Test
    void shouldLeaveRespectiveValuesOfOneNameToAPerson() {
        Extraction e = new IndicatorExtractor().extract(
                TaskText.of("城乡居民人均可支配收入分别增长5.5%、6.5%。", null), 2023);
        assertThat(e.indicators()).isEmpty();
        assertThat(e.warnings()).singleElement().asString().contains("城乡居民人均可支配收入");
    }

    @Test
    void shouldReadACountOfEnterprisesReachedAsAStock() {
        ExtractedIndicator stock = single("到2023年底，全市规上工业企业数量达到1000家。");
        assertThat(stock.accumulation()).isEqualTo(Accumulation.POINT_IN_TIME);
        assertThat(stock.target().comparator()).isEqualTo(Comparator.GTE);
    }
}
