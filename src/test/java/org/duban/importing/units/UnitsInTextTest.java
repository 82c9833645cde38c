package org.duban.importing.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsInTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "加强常态化疫情防控（牵头单位：市疫情防控办） | 加强常态化疫情防控 | 市疫情防控办 | ''",
            "深化预算管理改革。责任单位：市政府办公室、市财政局 | 深化预算管理改革。 | 市政府办公室、市财政局 | ''",
            "新建城市书房10家（牵头单位：市文广旅体局；配合单位：各区县政府） | 新建城市书房10家 | 市文广旅体局 | 各区县政府",
            "推进老旧小区改造。牵头单位：市住建局；配合单位：市财政局、市资源规划局 | 推进老旧小区改造。 | 市住建局 | 市财政局、市资源规划局",
            "实施乡村振兴（责任单位：市农业农村局、各区县政府<南太湖新区、长合区管委会>） | 实施乡村振兴 | 市农业农村局、各区县政府<南太湖新区、长合区管委会> | ''"})
    void shouldTakeTheUnitClausesOutOfTheTaskText(String text, String content, String leads, String supporting) {
        UnitsInText.Split split = UnitsInText.split(text);
        assertThat(split.content()).isEqualTo(content);
        assertThat(split.leads()).isEqualTo(leads);
        assertThat(split.supporting()).isEqualTo(supporting);
        assertThat(split.found()).isTrue();
    }

    @Test
    void shouldLeaveATextWithoutUnitLabelsAlone() {
        UnitsInText.Split split = UnitsInText.split("新建城市书房10家（含社区书房）");
        assertThat(split.found()).isFalse();
        assertThat(split.content()).isEqualTo("新建城市书房10家（含社区书房）");
    }

    @Test
    void shouldKeepAGroupWithItsMembersAsOneUnit() {
        assertThat(UnitListParser.parse(UnitsInText.split("实施乡村振兴（责任单位：市农业农村局、各区县政府<南太湖新区、长合区管委会>）")
                .leads())).extracting(UnitMention::name)
                .containsExactly("市农业农村局", "各区县政府(南太湖新区、长合区管委会)");
    }

    @Test
    void shouldDropTheEllipsisOfAnOpenList() {
        assertThat(UnitListParser.parse("市政府办公室、市财政局…")).extracting(UnitMention::name)
                .containsExactly("市政府办公室", "市财政局");
    }
}
