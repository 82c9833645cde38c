package org.duban.importing.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitAliasDictionaryTest {

    private final UnitAliasDictionary dictionary = UnitAliasDictionary.standard();

    @Test
    void shouldGiveTheShortAndFullFormsWithTheSamePrefix() {
        assertThat(dictionary.equivalentForms("市经济和信息化局")).containsExactlyInAnyOrder("市经济和信息化局", "市经信局");
        assertThat(dictionary.equivalentForms("市经信局")).containsExactlyInAnyOrder("市经信局", "市经济和信息化局");
        assertThat(dictionary.equivalentForms("舟山市经信局")).containsExactlyInAnyOrder("舟山市经信局", "舟山市经济和信息化局");
        assertThat(dictionary.equivalentForms("市发改委"))
                .containsExactlyInAnyOrder("市发改委", "市发展改革委", "市发展和改革委员会");
    }

    @Test
    void shouldLeaveNamesItDoesNotKnowAlone() {
        assertThat(dictionary.equivalentForms("市财政局")).containsExactly("市财政局");
        assertThat(dictionary.equivalentForms("人行舟山市中心支行")).containsExactly("人行舟山市中心支行");
        assertThat(dictionary.equivalentForms("各县（区）政府")).containsExactly("各县(区)政府");
    }

    @Test
    void shouldGiveTheSameKeyToNamesOfTheSameBody() {
        assertThat(dictionary.matchKey("市经济和信息化局")).isEqualTo(dictionary.matchKey("市经信局"));
        assertThat(dictionary.matchKey("市发展和改革委员会")).isEqualTo(dictionary.matchKey("市发改委"));
        assertThat(dictionary.matchKey("市市场监督管理局")).isEqualTo(dictionary.matchKey("市市场监管局"));
        assertThat(dictionary.matchKey("市自然资源和规划局")).isEqualTo(dictionary.matchKey("市资源规划局"));
        assertThat(dictionary.matchKey("市港航和口岸管理局")).isEqualTo(dictionary.matchKey("市港航和口岸局"));
        assertThat(dictionary.matchKey("各县（区）政府")).isEqualTo(dictionary.matchKey("各县(区)政府"));
    }

    @Test
    void shouldKeepDifferentBodiesAndDifferentLevelsApart() {
        assertThat(dictionary.matchKey("定海区政府")).isNotEqualTo(dictionary.matchKey("普陀区政府"));
        assertThat(dictionary.matchKey("市经信局")).isNotEqualTo(dictionary.matchKey("区经信局"));
        assertThat(dictionary.matchKey("市经信局")).isNotEqualTo(dictionary.matchKey("市经信委"));
        assertThat(dictionary.matchKey("舟山市经信局")).isNotEqualTo(dictionary.matchKey("市经信局"));
    }

    @Test
    void shouldReadTheRegionNameAsShi() {
        assertThat(dictionary.matchKey("舟山市经济和信息化局", "舟山市")).isEqualTo(dictionary.matchKey("市经信局"));
        assertThat(dictionary.matchKey("定海区经信局", "舟山市")).isNotEqualTo(dictionary.matchKey("市经信局"));
    }

    @Test
    void shouldRefuseAFormListedForTwoBodies() {
        byte[] tsv = "# test\n经信局\t经济和信息化局\n经信局\t经济信息局\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> UnitAliasDictionary.parse(new ByteArrayInputStream(tsv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("经信局");
        assertThatThrownBy(() -> UnitAliasDictionary.parse(new ByteArrayInputStream("只有一列\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldBuildADictionaryFromPairs() {
        UnitAliasDictionary custom = UnitAliasDictionary.of(Map.of("海渔局", "海洋与渔业局"));

        assertThat(custom.matchKey("市海渔局")).isEqualTo("市海洋与渔业局");
    }
}
