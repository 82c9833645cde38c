package org.duban.importing.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any list of known names joined by any separators reads back as the same names, in order, once each. */
class UnitListParserProperties {

    private static final List<String> NAMES = List.of("市经信局", "各县(区)政府", "各县(市、区)政府", "功能区管委会", "市发改委",
            "人行舟山市中心支行", "舟山银保监分局", "定海区政府", "金塘管委会", "省级开发区(园区)", "市港航和口岸局");

    @Property(tries = 300)
    void joinedNamesReadBackInOrder(@ForAll("names") List<String> names, @ForAll("separators") List<String> separators) {
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                cell.append(separators.get(i % separators.size()));
            }
            cell.append(i % 2 == 0 ? names.get(i) : names.get(i).replace('(', '（').replace(')', '）'));
        }

        List<String> parsed = UnitListParser.parse(cell.toString()).stream().map(UnitMention::name).toList();

        assertThat(parsed).containsExactlyElementsOf(names.stream().distinct().toList());
    }

    @Property(tries = 300)
    void neverFailsOnArbitraryText(@ForAll String cell) {
        assertThat(UnitListParser.parse(cell)).allSatisfy(mention -> assertThat(mention.name()).isNotBlank());
        UnitKindGuesser.guess(cell);
        UnitAliasDictionary.standard().matchKey(cell);
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of("、", "，", ",", "；", ";", "/", "\n", " ", "、\n", " , ").list().ofMinSize(1).ofMaxSize(4);
    }
}
