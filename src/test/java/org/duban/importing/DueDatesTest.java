package org.duban.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2023-12-31, 2023-12-31",
            "2023年12月底, 2023-12-31",
            "2023年6月底前, 2023-06-30",
            "6月底, 2023-06-30",
            "2024年3月15日, 2024-03-15",
            "三季度末, 2023-09-30",
            "上半年, 2023-06-30",
            "年底, 2023-12-31",
            "2024年, 2024-12-31",
            "2023年6月至12月, 2023-12-31",
            "三季度末启动、年底前完成, 2023-12-31",
            "２０２３年１１月, 2023-11-30"})
    void shouldReadTheLastDayACellAllows(String cell, LocalDate expected) {
        assertThat(DueDates.parse(cell, 2023)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"长期坚持", "2023年13月", "持续推进"})
    void shouldLeaveCellsWithoutADateToPeople(String cell) {
        assertThat(DueDates.parse(cell, 2023)).isEmpty();
    }
}
