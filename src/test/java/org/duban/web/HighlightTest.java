package org.duban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightTest {

    @Test
    void shouldMarkTheNumbersWhereTheyStand() {
        assertThat(Highlight.numbers("实现工业投资500亿元以上。", List.of(new BigDecimal("500")))).containsExactly(
                new Highlight.Piece("实现工业投资", false), new Highlight.Piece("500", true),
                new Highlight.Piece("亿元以上。", false));
    }

    @Test
    void shouldMatchWholeNumbersOnly() {
        assertThat(Highlight.numbers("5000家与1500.5亿元，共500家", List.of(new BigDecimal("500"))))
                .filteredOn(Highlight.Piece::marked).extracting(Highlight.Piece::text).containsExactly("500");
        assertThat(Highlight.numbers("增长17.3%，目标10%", List.of(new BigDecimal("17.3"), new BigDecimal("10"))))
                .filteredOn(Highlight.Piece::marked).extracting(Highlight.Piece::text).containsExactly("17.3", "10");
    }

    @Test
    void shouldWriteDecimalsAsPeopleDo() {
        assertThat(Highlight.numbers("完成减负51.5亿元", List.of(new BigDecimal("51.50"))))
                .filteredOn(Highlight.Piece::marked).extracting(Highlight.Piece::text).containsExactly("51.5");
    }

    @Test
    void shouldLeaveTextWithoutNumbersWhole() {
        assertThat(Highlight.numbers("创建千兆城市", List.of())).containsExactly(new Highlight.Piece("创建千兆城市", false));
        assertThat(Highlight.numbers(null, List.of(BigDecimal.ONE))).isEmpty();
    }
}
