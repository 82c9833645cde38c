package org.duban.importing.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the bytes, a reader returns a table or throws one of its two exceptions: never a NullPointerException, an
 * IndexOutOfBoundsException or a POI exception. Inputs are random bytes and mutations of real documents, which reach
 * much deeper into the parsers than noise does.
 */
class ReaderRobustnessProperties {

    private static final List<TableReader> READERS = List.of(new TextTableReader(), new CsvTableReader(),
            new XlsxTableReader(), new XlsTableReader(), new DocxTableReader(), new HtmlTableReader(),
            TableReaders.detecting());
    private static final byte[] SEED = TestDocuments.seed();
    private static final byte[] WORKBOOK = XlsxTableReaderTest.workbook();

    @Property(tries = 200)
    void randomBytesGiveATableOrADeclaredException(@ForAll @Size(max = 2000) byte[] bytes) {
        READERS.forEach(reader -> assertReadsOrRefuses(reader, bytes));
    }

    @Property(tries = 300)
    void mutatedSeedTextGivesATableOrADeclaredException(@ForAll("mutatedSeed") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        READERS.forEach(reader -> assertReadsOrRefuses(reader, bytes));
    }

    @Property(tries = 100)
    void mutatedWorkbookBytesGiveATableOrADeclaredException(@ForAll("mutatedWorkbook") byte[] bytes) {
        assertReadsOrRefuses(new XlsxTableReader(), bytes);
    }

    @Property(tries = 100)
    void mutatedWordAndLegacyExcelBytesGiveATableOrADeclaredException(@ForAll("mutatedOffice") byte[] bytes) {
        assertReadsOrRefuses(TableReaders.detecting(), bytes);
    }

    @Property(tries = 200)
    void rowsOfAMutatedSeedHaveTrimmedNonBlankCells(@ForAll("mutatedSeed") String text) {
        try {
            ParsedTable table = new TextTableReader().readText(text);
            assertThat(table.rows()).allSatisfy(row -> {
                assertThat(row.location()).isNotBlank();
                assertThat(row.cells()).doesNotContainKey(ColumnRole.NOTES);
                assertThat(row.cells().values()).allSatisfy(cell -> assertThat(cell).isNotBlank().isEqualTo(cell.strip()));
            });
        } catch (NoTableFoundException | UnreadableDocumentException expected) {
            // fine: the mutation may have destroyed the header
        }
    }

    private static void assertReadsOrRefuses(TableReader reader, byte[] bytes) {
        try {
            ParsedTable table = reader.read(bytes);
            assertThat(table.roles()).contains(ColumnRole.CONTENT);
            assertThat(table.rows()).allSatisfy(row -> assertThat(row.cell(ColumnRole.CONTENT)).isNotBlank());
        } catch (NoTableFoundException | UnreadableDocumentException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> mutatedSeed() {
        String seed = new String(SEED, StandardCharsets.UTF_8);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, seed.length());
        Arbitrary<String> insertion = Arbitraries.of("|", "||", "\n", "| |", "\r\n", "（", "）", "(", "\"", "、", "合计",
                "序号 | ", "\u0000", "\uFEFF", "｜", "---|", "\t", "一、");
        Arbitrary<String> oneMutation = Combinators.combine(position, position, insertion, Arbitraries.integers().between(0, 2))
                .as((at, to, text, kind) -> switch (kind) {
                    case 0 -> seed.substring(0, at) + text + seed.substring(at);
                    case 1 -> seed.substring(0, Math.min(at, to)) + seed.substring(Math.max(at, to));
                    default -> seed.substring(0, at);
                });
        return oneMutation;
    }

    @Provide
    Arbitrary<byte[]> mutatedOffice() {
        return Arbitraries.of(DocxTableReaderTest.document(), XlsTableReaderTest.workbook()).flatMap(original -> {
            Arbitrary<Integer> position = Arbitraries.integers().between(0, original.length - 1);
            return Combinators.combine(position, Arbitraries.bytes(), Arbitraries.integers().between(0, 1))
                    .as((at, b, kind) -> {
                        if (kind == 0) {
                            byte[] copy = original.clone();
                            copy[at] = b;
                            return copy;
                        }
                        return Arrays.copyOf(original, at);
                    });
        });
    }

    @Provide
    Arbitrary<byte[]> mutatedWorkbook() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, WORKBOOK.length - 1);
        Arbitrary<Byte> value = Arbitraries.bytes();
        return Combinators.combine(position, value, Arbitraries.integers().between(0, 1)).as((at, b, kind) -> {
            if (kind == 0) {
                byte[] copy = WORKBOOK.clone();
                copy[at] = b;
                return copy;
            }
            return Arrays.copyOf(WORKBOOK, at);
        });
    }
}
