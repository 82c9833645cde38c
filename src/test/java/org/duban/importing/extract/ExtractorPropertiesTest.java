package org.duban.importing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever text comes in, the extractor answers, and every number it returns is quoted from the input. */
class ExtractorPropertiesTest {

    private static final List<SeedRows.Row> ROWS = SeedRows.load();

    /** Fragments that exercise every rule: numbers, units, comparators, periods, quotes, separators. */
    private static final String[] FRAGMENTS = {"1-11月", "1至11月", "前三季度", "全年", "今年", "2023年", "截至12月底",
            "截至目前", "12月28日", "预计", "有望", "力争", "确保", "新增", "实现", "工业投资", "规上工业增加值", "增长", "下降",
            "以上", "以下", "左右", "约", "超", "突破", "控制在", "均", "亿元", "万元", "亿", "万", "%", "％", "个百分点", "家",
            "个", "万吨标煤", "万元/亩", "，", ",", "、", "。", "；", "“", "”", "《", "》", "(", ")", "1.", "2、", "5428",
            "7412等", "1+5", "第2位", "前3", "PM2.5", "5G", "-", "—", "~", " ", "\n", "|", "目标", "下达", "累计", "将",
            "０", "１", "２", "．", "3", "10", "17.3", "0.3", "1,000", "500", "-2.1"};

    @Provide
    Arbitrary<String> chineseish() {
        Arbitrary<String> fragment = Arbitraries.of(FRAGMENTS);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> anyChar = Arbitraries.strings().withCharRange('\u4e00', '\u4e2f').withChars("0123456789.%-,，、。")
                .ofMaxLength(4);
        return Arbitraries.oneOf(fragment, fragment, fragment, digits, anyChar).list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<TaskText> mutatedSeedRows() {
        Arbitrary<SeedRows.Row> row = Arbitraries.of(ROWS);
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 400);
        Arbitrary<String> insert = chineseish();
        return Combinators.combine(row, cut, cut, insert).as((r, a, b, ins) -> new TaskText(
                mutate(r.content(), a, ins), null, null, mutate(r.completion(), b, ins)));
    }

    private static String mutate(String text, int at, String insert) {
        int i = Math.min(at, text.length());
        return text.substring(0, i) + insert + text.substring(Math.min(text.length(), i + insert.length() % 7));
    }

    @Property(tries = 400)
    void shouldNeverThrowOnRandomText(@ForAll("chineseish") String content, @ForAll("chineseish") String progress,
            @ForAll @IntRange(min = 1990, max = 2100) int year) {
        Extraction e = new IndicatorExtractor().extract(new TaskText(content, content, progress, progress), year);
        assertQuoted(e, content, progress);
    }

    @Property(tries = 300)
    void shouldNeverThrowOnMutatedSeedRows(@ForAll("mutatedSeedRows") TaskText text) {
        Extraction e = new IndicatorExtractor().extract(text, 2023);
        assertQuoted(e, text.content(), text.progressText());
    }

    @Property(tries = 200)
    void shouldReturnOnlyPeriodsThatLieInTheirPhrases(@ForAll("chineseish") String text) {
        for (PeriodPhrases.Phrase p : PeriodPhrases.find(text, 2023)) {
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            if (p.isDetermined()) {
                assertThat(p.period().from()).isBeforeOrEqualTo(p.period().to());
            }
        }
    }

    private static void assertQuoted(Extraction e, String content, String progress) {
        for (ExtractedIndicator indicator : e.indicators()) {
            assertThat(indicator.name()).isNotBlank();
            if (indicator.target() != null) {
                assertThat(content).contains(indicator.target().sourceText());
            }
            for (ExtractedMeasurement m : indicator.measurements()) {
                assertThat(progress).contains(m.sourceText());
                assertThat(m.period()).isNotNull();
                assertThat(m.status()).isNotNull();
            }
        }
    }
}
