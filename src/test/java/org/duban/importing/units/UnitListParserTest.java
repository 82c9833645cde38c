package org.duban.importing.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitListParserTest {

    private static List<String> names(String cell) {
        return UnitListParser.parse(cell).stream().map(UnitMention::name).toList();
    }

    @Test
    void shouldSplitOnEnumerationCommasCommasSemicolonsSlashesAndLineBreaks() {
        assertThat(names("市经信局、市科技局,市商务局，市发改委；市财政局;市税务局/市统计局\n市金融办"))
                .containsExactly("市经信局", "市科技局", "市商务局", "市发改委", "市财政局", "市税务局", "市统计局", "市金融办");
    }

    @Test
    void shouldNeverSplitInsideParentheses() {
        assertThat(names("各县(市、区)政府、各县（区）政府、省级开发区（园区）"))
                .containsExactly("各县(市、区)政府", "各县(区)政府", "省级开发区(园区)");
    }

    @Test
    void shouldReadDivisionsInParenthesesAfterADepartment() {
        assertThat(UnitListParser.parse("市经信局（绿色处、消费品处）、市商务局"))
                .containsExactly(new UnitMention("市经信局", List.of("绿色处", "消费品处")), UnitMention.of("市商务局"));
        assertThat(UnitListParser.parse("市发改委(办公室)"))
                .containsExactly(new UnitMention("市发改委", List.of("办公室")));
    }

    @Test
    void shouldDropRoleMarksLabelsAndTrailingDeng() {
        assertThat(names("牵头单位：市经信局（牵头）、市科技局等")).containsExactly("市经信局", "市科技局");
        assertThat(names("市经信局、相关部门等。")).containsExactly("市经信局", "相关部门");
    }

    @Test
    void shouldRemoveDuplicatesKeepingTheFirstPosition() {
        assertThat(UnitListParser.parse("市经信局、市商务局、市经信局（绿色处）"))
                .containsExactly(new UnitMention("市经信局", List.of("绿色处")), UnitMention.of("市商务局"));
    }

    @Test
    void shouldTreatSpacesBetweenNamesAsSeparatorsButNotSpacesAroundParentheses() {
        assertThat(names("市经信局  市商务局 各县 (区) 政府")).containsExactly("市经信局", "市商务局", "各县(区)政府");
    }

    @Test
    void shouldReturnNothingForABlankCell() {
        assertThat(UnitListParser.parse("  ")).isEmpty();
        assertThat(UnitListParser.parse(null)).isEmpty();
        assertThat(UnitListParser.parse("、，;")).isEmpty();
    }

    @Test
    void shouldReadTheSeedsLongestUnitCell() {
        assertThat(names("市经信局、市发改委、市财政局、市人社局、市交通局、市市场监管局、市金融办、市港航和口岸局、市税务局、"
                + "人行舟山市中心支行、舟山银保监分局")).hasSize(11).endsWith("人行舟山市中心支行", "舟山银保监分局");
    }
}
