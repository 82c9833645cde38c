package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.duban.quantity.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Completion texts whose numbers do not repeat the target's name: each number measures the target of its own unit
 * (and kind), in the report period the table states, unless it contradicts the target's name, is work still to do,
 * or competes with another number of the same unit.
 */
class UnitPairingTest {

    private static final int YEAR = 2024;
    private static final Period JAN_SEP = Period.months(YEAR, 1, 9, "1-9月");

    /** 任务内容 | 1-9月进展情况: the period of the progress column's numbers is in its header. */
    private static TableContext table() {
        return new TableContext(YEAR, ColumnHeader.NONE, ColumnHeader.NONE, ColumnHeader.of("1-9月进展情况", YEAR),
                ColumnHeader.NONE, ColumnHeader.NONE, null, false);
    }

    private static Extraction extract(String content, String progress) {
        return new IndicatorExtractor().extract(TaskText.of(content, progress), table());
    }

    private static List<String> actuals(Extraction e) {
        return e.indicators().stream()
                .flatMap(i -> i.measurements().stream().map(m -> i.target().value().toPlainString() + i.target().unit()
                        + "←" + m.value().toPlainString() + m.unit()))
                .toList();
    }

    @Test
    void shouldPairEachNumberWithTheTargetOfItsUnit() {
        Extraction e = extract("新建改扩建幼儿园4所，新增学位1080个。", "已完工3所，新增学位810个。");

        assertThat(actuals(e)).containsExactly("4所←3所", "1080个←810个");
        assertThat(e.indicators()).allSatisfy(i -> assertThat(i.measurements()).singleElement()
                .satisfies(m -> assertThat(m.period()).isEqualTo(JAN_SEP)));
    }

    @Test
    void shouldDateANarrativeNumberByTheColumnItStandsIn() {
        Extraction e = extract("新增家庭医生签约服务1.5万人。", "新增家庭医生签约1.32万人。");

        assertThat(e.indicators().get(0).measurements()).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("1.32");
            assertThat(m.period()).isEqualTo(JAN_SEP);
        });
    }

    @Test
    void shouldPairAnAbbreviatedNameAndAShareOfItsOwnKind() {
        assertThat(actuals(extract("实施技术改造项目150项以上。", "实施技改项目86项。"))).containsExactly("150项←86项");
        assertThat(actuals(extract("助餐点覆盖四分之三以上的城乡社区。", "助餐点覆盖率达71.5%。")))
                .containsExactly("75%←71.5%");
    }

    @Test
    void shouldPairACountOfTheNounAfterIt() {
        assertThat(actuals(extract("新培育国家级绿色工厂3家。", "已有2家企业通过国家级绿色工厂评审并公示。")))
                .containsExactly("3家←2家");
    }

    @Test
    void shouldDateARateThatStartedInTheReportPeriodByTheColumn() {
        Extraction e = extract("城乡低保标准提高到每人每月900元以上。", "自7月起按每人每月920元发放。");

        assertThat(e.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target().unit()).isEqualTo("元/人/月");
            assertThat(i.measurements()).singleElement().satisfies(m -> {
                assertThat(m.value()).isEqualByComparingTo("920");
                assertThat(m.unit()).isEqualTo("元/人/月");
                assertThat(m.period()).isEqualTo(JAN_SEP);
            });
        });
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource(delimiter = '|', value = {
            // work still to do is no achievement
            "改造提升农贸市场5家。 | 其余2家正在改造。",
            "新建城市书房10家。 | 另有7家在建。",
            // two numbers of the unit for one target: a person's call
            "改造提升城区道路6条。 | 改造完成4条，验收2条。",
            // a number that names another quantity of the same unit
            "实现工业投资500亿元以上。 | 完成技改投资210亿元。",
            "新增规上工业企业40家。 | 新增省级专精特新企业12家。",
            // another kind: a growth rate never measures a level
            "完成固定资产投资580亿元。 | 固定资产投资增长9.4%。",
            // a restated target
            "新增养老床位800张。 | 完成全年目标800张。"})
    void shouldLeaveNumbersThatMeasureSomethingElse(String content, String progress) {
        assertThat(actuals(extract(content, progress))).isEmpty();
    }

    @Test
    void shouldLeaveAnUndatedNarrativeNumberOutWhenTheTableStatesNoPeriod() {
        Extraction e = new IndicatorExtractor().extract(TaskText.of("新建改扩建幼儿园4所。", "已完工3所。"), YEAR);

        assertThat(e.indicators().get(0).measurements()).isEmpty();
    }

    @Test
    void shouldNeverLetAPairedNumberBeatOneItsNameChose() {
        Extraction e = extract("新增城镇就业2万人。", "新增城镇就业1.6万人，帮扶就业困难人员3000人。");

        assertThat(actuals(e)).containsExactly("2万人←1.6万人");
    }
}
