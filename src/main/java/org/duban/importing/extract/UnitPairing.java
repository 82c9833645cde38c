package org.duban.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.quantity.Accumulation;
import org.duban.quantity.UnitOfMeasure;

/**
 * Pairs the numbers of a completion text that no indicator's name claimed with the indicators that nothing measured,
 * by what they measure: "已完工3所，新增学位810个" against 新建改扩建幼儿园4所 and 新增学位1080个 gives 3 所 to the
 * kindergartens. A number may only measure an indicator of its own kind and unit family (所 with 所, 万人次 with 人次,
 * a share with a share) whose name it does not contradict (技改投资 never measures 农田). Within one family the open
 * numbers and the open indicators pair in their written order, and only when there are as many of each: with two
 * numbers for one indicator ("已完成3家，另有2家…") it is a person's call.
 */
final class UnitPairing {

    /** Below any name match: a number its name chose always wins over one its unit chose. */
    static final double SCORE = 0.05;

    /** A completion-text number no name claimed, at its position among the text's numbers. */
    record Open(QuantityReader.Reading reading, int order) {
    }

    /** A number paired with the indicator it measures. */
    record Pair(QuantityReader.Reading reading, ExtractedIndicator indicator, int order) {
    }

    private UnitPairing() {
    }

    /**
     * A number that may measure by its unit: one with a name or none (已完成3家) or a count of the noun after it
     * ("已有2家企业通过…评审"), dated, not a restated target, and not work still to do ("2家正在改造", "另有7所在建",
     * "其余5条").
     */
    static boolean eligible(QuantityReader.Reading r) {
        boolean countOfNoun = r.skip() == QuantityReader.Skip.ATTRIBUTE
                && UnitOfMeasure.of(r.unit()).family().startsWith("COUNT:");
        return (r.usable() || r.skip() == QuantityReader.Skip.NO_NAME || countOfNoun) && !r.restatedTarget()
                && r.period() != null && r.period().isDetermined()
                && !Lexicon.UNFINISHED.matcher(r.clauseText()).find();
    }

    static List<Pair> pair(List<Open> numbers, List<ExtractedIndicator> unmeasured) {
        Map<String, List<Open>> numbersByFamily = new LinkedHashMap<>();
        for (Open n : numbers) {
            numbersByFamily.computeIfAbsent(family(n.reading().kind(), n.reading().unit()), f -> new ArrayList<>())
                    .add(n);
        }
        Map<String, List<String>> namesByFamily = new LinkedHashMap<>();
        for (ExtractedIndicator i : unmeasured) {
            if (i.target() != null) {
                List<String> names = namesByFamily.computeIfAbsent(family(i.kind(), i.target().unit()),
                        f -> new ArrayList<>());
                if (!names.contains(i.name())) {
                    names.add(i.name());
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        namesByFamily.forEach((family, names) -> {
            List<Open> open = numbersByFamily.getOrDefault(family, List.of());
            if (open.size() != names.size()) {
                return;
            }
            for (int k = 0; k < names.size(); k++) {
                Open n = open.get(k);
                String name = names.get(k);
                for (ExtractedIndicator i : unmeasured) {
                    if (i.name().equals(name) && i.target() != null
                            && family(i.kind(), i.target().unit()).equals(family) && fits(i, n.reading())) {
                        pairs.add(new Pair(n.reading(), i, n.order()));
                    }
                }
            }
        });
        return pairs;
    }

    private static boolean fits(ExtractedIndicator indicator, QuantityReader.Reading r) {
        boolean stockForFlow = indicator.accumulation() == Accumulation.CUMULATIVE && r.stock();
        boolean contradicted = !r.names().isEmpty()
                && r.names().stream().allMatch(n -> NameMatcher.contradicts(indicator.name(), n));
        return !stockForFlow && !contradicted && indicator.target().period().contains(r.period().period());
    }

    private static String family(org.duban.quantity.MeasureKind kind, String unit) {
        return kind + " " + UnitOfMeasure.of(unit).family();
    }
}
