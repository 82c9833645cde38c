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
