package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({
            "技改投资, 工业技改投资",
            "工业投资, 工业投资",
            "为企业减负, 减负",
            "新增个转企, “个转企”",
            "新增规上工业企业, 新增规上工业企业",
            "新增省级以上“专精特新”企业, 新增省级“专精特新”企业",
            "培育扶持“链主型”企业, 培育市级“链主”培育企业",
            "规上工业亩均税收, 全市规上工业亩均税收",
            "城镇新增就业, 新增就业",
            "技术改造项目, 技改项目"})
    void shouldMatchTheSameIndicatorWrittenDifferently(String indicator, String candidate) {
        assertThat(NameMatcher.score(indicator, candidate)).isPositive();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
            "工业投资, 技改投资",
            "数字经济核心产业增加值, 规上数字经济核心产业营收",
            "为企业减负, 各级奖补资金",
            "新增规上工业企业, 省级专精特新企业",
            "培育扶持“链主型”企业, 新增规上工业企业",
            "规上工业增加值, 规上船舶工业产值",
            "新增个转企, 规上工业企业",
            "工业投资, 投资亿元以上项目"})
    void shouldNotMatchAnotherQuantity(String indicator, String candidate) {
        assertThat(NameMatcher.score(indicator, candidate)).isZero();
    }

    @ParameterizedTest(name = "{0}: {1} closer than {2}")
    @CsvSource({
            "新增省级以上“专精特新”企业, 新增省级“专精特新”企业, 新增国家级专精特新“小巨人”企业",
            "技改投资, 工业技改投资, 投资"})
    void shouldRankTheCloserName(String indicator, String closer, String farther) {
        assertThat(NameMatcher.score(indicator, closer)).isGreaterThan(NameMatcher.score(indicator, farther));
    }

    @ParameterizedTest(name = "{0} abbreviates {1}: {2}")
    @CsvSource({
            "技改项目, 技术改造项目, true",
            "规上企业, 规模以上企业, false",
            "工业投资, 工业技改投资, false",
            "技改投资, 工业投资, false",
            "已完工, 新建改扩建幼儿园, false"})
    void shouldTellAnAbbreviationFromALargerQuantity(String shortName, String fullName, boolean abbreviates) {
        assertThat(NameMatcher.abbreviates(shortName, fullName)).isEqualTo(abbreviates);
    }

    @ParameterizedTest(name = "{0} ← {1}: {2}")
    @CsvSource({
            "新建改扩建幼儿园, 已完工, false",
            "改造提升农村居家养老服务照料中心, 照料中心改造, false",
            "工业投资, 技改投资, true",
            "新增规上工业企业, 省级专精特新企业, true",
            "新建公共充电桩, 城乡社区养老照料, true"})
    void shouldSayWhenAnUnmatchedNameNamesAnotherQuantity(String indicator, String candidate, boolean contradicts) {
        assertThat(NameMatcher.contradicts(indicator, candidate)).isEqualTo(contradicts);
    }
}
