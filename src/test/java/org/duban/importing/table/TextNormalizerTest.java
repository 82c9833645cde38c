package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void shouldConvertFullWidthDigitsAndLettersButKeepChinesePunctuation() {
        assertThat(TextNormalizer.halfWidthAlphanumerics("新增２００家，ＬＮＧ船、增长１０％。“专精特新”"))
                .isEqualTo("新增200家，LNG船、增长10％。“专精特新”");
    }

    @Test
    void shouldDropControlCharactersThatADatabaseRefuses() {
        assertThat(TextNormalizer.withoutInvisible("2023年\u0000市政府\u001F工作报告\u007F完成情况表"))
                .isEqualTo("2023年市政府工作报告完成情况表");
        assertThat(TextNormalizer.normalizeCell("市财政局\u0000\n\t市税务局")).isEqualTo("市财政局\n市税务局");
        assertThat(TextNormalizer.withoutInvisible(null)).isNull();
    }

    @Test
    void shouldConvertNeutralPunctuationOnlyWhenAsked() {
        assertThat(TextNormalizer.halfWidth("完成率：９５％；（预计）、其他，。"))
                .isEqualTo("完成率:95%;(预计)、其他，。");
    }

    @Test
    void shouldTidyCellsKeepingTheirLines() {
        assertThat(TextNormalizer.normalizeCell("  1.推进  项目\u3000建设。 \r\n\r\n\t2.拓展空间。\u200B  "))
                .isEqualTo("1.推进 项目 建设。\n2.拓展空间。");
        assertThat(TextNormalizer.normalizeCell(null)).isEmpty();
    }

    @Test
    void shouldCompactHeadersRemovingAllWhitespace() {
        assertThat(TextNormalizer.compact(" 牵 头\n单 位（责任单位） ")).isEqualTo("牵头单位(责任单位)");
        assertThat(TextNormalizer.isBlank("\u3000 \u200B\n")).isTrue();
    }
}
