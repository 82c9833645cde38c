package org.duban.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Comparator;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;
import org.duban.quantity.UnitOfMeasure;

/**
 * Reads the indicators of one task: targets from the task content (and a 目标值 cell), actual values from the
 * completion text (and a 完成值 cell), each actual matched to its indicator by name, kind and unit. When unsure it
 * leaves the actual out and says why in a warning: a wrong number on a dashboard is worse than a missing one.
 */
public final class IndicatorExtractor {

    /** A level named like one of these is an average or a stock, never summed over a period. */
    private static final Pattern STOCK_OR_AVERAGE = Lexicon.POINT_IN_TIME_NAMES;

    /** Verbs of a task sentence that name no quantity: stripped when a task's content names a bare 目标值. */
    private static final Pattern GENERIC_VERBS = Pattern.compile("^(?:(?:加快|推进|推动|大力|持续|深入|全力|着力|进一步|"
            + "加大|加强|扩大|促进)+)");

    /** One completion-text number that names an indicator, waiting to be assigned. */
    private record Candidate(QuantityReader.Reading reading, ExtractedIndicator indicator, double score, int order) {
    }

    public Extraction extract(TaskText text, int planYear) {
        Objects.requireNonNull(text, "text");
        List<String> warnings = new ArrayList<>();
        List<ExtractedIndicator> indicators = targets(text, planYear, warnings);
        if (indicators.isEmpty()) {
            return new Extraction(List.of(), warnings.stream().distinct().toList());
        }
        List<QuantityReader.Reading> actuals = new ArrayList<>(QuantityReader.read(text.progressText(), planYear));
        Map<ExtractedIndicator, List<Candidate>> byIndicator = new LinkedHashMap<>();
        indicators.forEach(i -> byIndicator.put(i, new ArrayList<>()));
        int order = 0;
        for (QuantityReader.Reading reading : actuals) {
            assign(reading, indicators, byIndicator, order++, warnings);
        }
        assignCell(text, planYear, indicators, byIndicator, warnings);

        List<ExtractedIndicator> result = new ArrayList<>();
        for (ExtractedIndicator indicator : indicators) {
            List<ExtractedMeasurement> measurements = bestPerPeriod(byIndicator.get(indicator));
            if (measurements.isEmpty() && text.progressText() != null && !text.progressText().isBlank()) {
                warnings.add("“" + indicator.name() + "”: 完成情况中未找到可确认的完成值 (no actual value found)");
            }
            result.add(indicator.withMeasurements(measurements));
        }
        return new Extraction(result, warnings.stream().distinct().toList());
    }

    // ---------------------------------------------------------------- targets

    private List<ExtractedIndicator> targets(TaskText text, int planYear, List<String> warnings) {
        List<ExtractedIndicator> indicators = new ArrayList<>();
        List<QuantityReader.Reading> readings = QuantityReader.read(text.content(), planYear);
        for (int i = 0; i < readings.size(); i++) {
            QuantityReader.Reading r = readings.get(i);
            if (!r.usable() || !r.targetCue()) {
                continue;
            }
            if (isAmbiguous(readings, i)) {
                // "城乡居民收入分别增长5.5%、6.5%": which value is whose is a person's call
                warnings.add("“" + String.join("、", r.names()) + "”: “" + r.clauseText()
                        + "”中一个名称对应多个目标值, 未采用 (several values for one name)");
                continue;
            }
            for (String name : r.names()) {
                addUnlessDuplicate(indicators, target(name, r, planYear));
            }
        }
        if (text.targetCell() != null && !text.targetCell().isBlank()) {
            targetsFromCell(text, planYear, indicators, warnings);
        }
        return indicators;
    }

    /**
     * Several values borrowing one name with the same commitment ("分别增长5.5%、6.5%") are ambiguous; a firm and a
     * stretch value ("确保6.5%、力争7%") are not.
     */
    private static boolean isAmbiguous(List<QuantityReader.Reading> readings, int index) {
        QuantityReader.Reading r = readings.get(index);
        QuantityReader.Reading owner = r;
        for (int j = index; j > 0 && readings.get(j).inheritedName(); j--) {
            owner = readings.get(j - 1);
        }
        QuantityReader.Reading named = owner;
        return readings.stream().filter(o -> o != named && o.inheritedName() && o.names().equals(named.names())
                && o.commitment() == named.commitment() && o.clauseText().equals(named.clauseText())).findAny()
                .isPresent() && (r == named || r.commitment() == named.commitment());
    }

    /** A 目标值 cell: a named value is an indicator of its own; a bare one ("≥500亿元") belongs to the task. */
    private void targetsFromCell(TaskText text, int planYear, List<ExtractedIndicator> indicators,
            List<String> warnings) {
        String cell = text.targetCell();
        for (QuantityReader.Reading r : QuantityReader.read(cell, planYear)) {
            if (r.usable()) {
                r.names().forEach(name -> addUnlessDuplicate(indicators, target(name, r, planYear)));
                continue;
            }
            if (r.skip() != QuantityReader.Skip.NO_NAME) {
                continue;
            }
            List<ExtractedIndicator> sameUnit = indicators.stream()
                    .filter(i -> comparable(i.target().unit(), r.unit()) && i.kind() == r.kind()).toList();
            if (sameUnit.isEmpty()) {
                String name = taskName(text.content());
                if (name.isEmpty()) {
                    warnings.add("目标值“" + cell.strip() + "”无法确定指标名称 (target cell without a name)");
                    continue;
                }
                indicators.add(target(name, r, planYear));
                warnings.add("“" + name + "”: 指标名称取自任务内容, 请核对 (name taken from the task content)");
            } else if (sameUnit.stream().noneMatch(i -> i.target().value().compareTo(r.value()) == 0)) {
                warnings.add("目标值“" + cell.strip() + "”与任务内容中的目标不一致 (target cell differs from the content: "
                        + sameUnit.get(0).target().value().toPlainString() + sameUnit.get(0).target().unit() + ")");
            }
        }
    }

    private static ExtractedIndicator target(String name, QuantityReader.Reading r, int planYear) {
        Comparator comparator = comparator(r);
        Direction direction = comparator == Comparator.LTE || comparator == Comparator.LT
                || comparator == Comparator.APPROX && r.decline() ? Direction.DESCENDING : Direction.ASCENDING;
        Period period = r.period() != null && r.period().isDetermined() ? r.period().period() : Period.year(planYear);
        ExtractedTarget target = new ExtractedTarget(comparator, r.value(), r.unit(), period, r.itemText());
        return new ExtractedIndicator(name, r.kind(), accumulation(r.kind(), name), direction, r.commitment(), target,
                List.of(), r.clauseText());
    }

    /**
     * The written comparator; a plain number is a minimum (GTE) and for a decline a maximum (下降3% = a change of at
     * most −3 %, so the comparators flip with the sign: "下降3%以上" is LTE −3 %).
     */
    private static Comparator comparator(QuantityReader.Reading r) {
        Comparator written = r.suffix() != null ? r.suffix() : r.prefix();
        if (r.prefix() == Comparator.GT && r.suffix() == Comparator.GTE) {
            written = Comparator.GT; // 超…以上
        }
        boolean negated = r.decline() && r.value().signum() < 0;
        if (written == null) {
            return negated ? Comparator.LTE : Comparator.GTE;
        }
        if (!negated) {
            return written;
        }
        return switch (written) {
            case GTE -> Comparator.LTE;
            case GT -> Comparator.LT;
            case LTE -> Comparator.GTE;
            case LT -> Comparator.GT;
            case APPROX -> Comparator.APPROX;
        };
    }

    /** Flows (investment, enterprises added, burden reduced) are summed; rates, shares, averages, stocks are not. */
    private static Accumulation accumulation(MeasureKind kind, String name) {
        return switch (kind) {
            case LEVEL, COUNT -> STOCK_OR_AVERAGE.matcher(name).find() ? Accumulation.POINT_IN_TIME
                    : Accumulation.CUMULATIVE;
            default -> Accumulation.POINT_IN_TIME;
        };
    }

    private static void addUnlessDuplicate(List<ExtractedIndicator> indicators, ExtractedIndicator candidate) {
        boolean duplicate = indicators.stream().anyMatch(i -> i.name().equals(candidate.name())
                && i.commitment() == candidate.commitment()
                && i.target().value().compareTo(candidate.target().value()) == 0);
        if (!duplicate) {
            indicators.add(candidate);
        }
    }

    /** A name for a bare 目标值: the task content's last clause, cleaned ("实现工业投资" → 工业投资). */
    private static String taskName(String content) {
        if (content == null) {
            return "";
        }
        String[] clauses = ChineseText.normalize(content).split("[，,。；;]");
        for (int i = clauses.length - 1; i >= 0; i--) {
            String name = QuantityReader.cleanLeading(GENERIC_VERBS.matcher(clauses[i].strip()).replaceFirst(""));
            if (!name.isEmpty()) {
                return name.length() > 30 ? name.substring(0, 30) : name;
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- actuals

    private void assign(QuantityReader.Reading reading, List<ExtractedIndicator> indicators,
            Map<ExtractedIndicator, List<Candidate>> byIndicator, int order, List<String> warnings) {
        if (!reading.usable() || reading.restatedTarget()) {
            return; // thresholds, specifications, restated targets: never actuals
        }
        List<ExtractedIndicator> best = new ArrayList<>();
        double bestScore = 0;
        ExtractedIndicator nearMiss = null;
        for (ExtractedIndicator indicator : indicators) {
            double score = reading.names().stream().mapToDouble(n -> NameMatcher.score(indicator.name(), n)).max()
                    .orElse(0);
            if (score == 0 || isStockForFlow(indicator, reading)) {
                continue;
            }
            if (!compatible(indicator, reading)) {
                nearMiss = nearMiss == null ? indicator : nearMiss;
                continue;
            }
            if (score > bestScore) {
                best.clear();
                best.add(indicator);
                bestScore = score;
            } else if (score == bestScore && best.get(0).name().equals(indicator.name())) {
                best.add(indicator); // "确保…增长6.5%、力争7%": one quantity, a firm and a stretch target
            }
        }
        if (best.isEmpty()) {
            if (nearMiss != null) {
                warnings.add("“" + nearMiss.name() + "”: 未采用“" + reading.measurementSource() + "” ("
                        + reading.kind() + " in " + reading.unit() + ", the indicator is a " + nearMiss.kind()
                        + " in " + nearMiss.target().unit() + ")");
            }
            return;
        }
        if (!hasUsablePeriod(best.get(0), reading, warnings)) {
            return;
        }
        for (ExtractedIndicator indicator : best) {
            byIndicator.get(indicator).add(new Candidate(reading, indicator, bestScore, order));
        }
    }

    /** A 完成值 cell: its numbers belong to this task; a bare one goes to the only indicator it can measure. */
    private void assignCell(TaskText text, int planYear, List<ExtractedIndicator> indicators,
            Map<ExtractedIndicator, List<Candidate>> byIndicator, List<String> warnings) {
        String cell = text.actualCell();
        if (cell == null || cell.isBlank()) {
            return;
        }
        List<PeriodPhrases.Phrase> progressPeriods = text.progressText() == null ? List.of()
                : PeriodPhrases.find(text.progressText(), planYear).stream().filter(PeriodPhrases.Phrase::isDetermined)
                        .toList();
        int order = 100_000;
        for (QuantityReader.Reading r : QuantityReader.read(cell, planYear)) {
            if (r.usable()) {
                assign(r, indicators, byIndicator, order++, warnings);
                continue;
            }
            if (r.skip() != QuantityReader.Skip.NO_NAME) {
                continue;
            }
            List<ExtractedIndicator> fits = indicators.stream().filter(i -> compatible(i, r)).toList();
            if (fits.size() != 1) {
                warnings.add("完成值“" + cell.strip() + "”无法对应到唯一指标 (actual cell matches " + fits.size()
                        + " indicators)");
                continue;
            }
            QuantityReader.Reading dated = r;
            if (r.period() == null) {
                // the cell rarely repeats the period; take it from the narrative when that names exactly one
                List<Period> distinct = progressPeriods.stream().map(PeriodPhrases.Phrase::period).distinct().toList();
                if (distinct.size() == 1) {
                    dated = withPeriod(r, progressPeriods.get(0));
                }
            }
            if (hasUsablePeriod(fits.get(0), dated, warnings)) {
                byIndicator.get(fits.get(0)).add(new Candidate(dated, fits.get(0), 1, order++));
            }
        }
    }

    private static QuantityReader.Reading withPeriod(QuantityReader.Reading r, PeriodPhrases.Phrase period) {
        return new QuantityReader.Reading(r.number(), r.value(), r.unit(), r.kind(), r.names(), r.verb(),
                r.inheritedName(), r.prefix(), r.suffix(), r.decline(), r.commitment(), period, r.status(), r.stock(),
                r.restatedTarget(), r.targetCue(), r.skip(), r.clauseText(), r.itemText(), r.measurementSource(),
                r.sourceStart(), r.tailEnd());
    }

    private static boolean hasUsablePeriod(ExtractedIndicator indicator, QuantityReader.Reading r,
            List<String> warnings) {
        if (r.period() == null) {
            warnings.add("“" + indicator.name() + "”: “" + r.measurementSource() + "”未写明期间, 未采用 (no period)");
            return false;
        }
        if (!r.period().isDetermined()) {
            warnings.add("“" + indicator.name() + "”: “" + r.measurementSource() + "”的期间“" + r.period().text()
                    + "”不确定, 未采用 (undetermined period)");
            return false;
        }
        Period target = indicator.target().period();
        if (!target.contains(r.period().period())) {
            warnings.add("“" + indicator.name() + "”: “" + r.measurementSource() + "”的期间不在目标期间内, 未采用");
            return false;
        }
        return true;
    }

    /** An enterprise count that grows by 新增 is never measured by a stock (累计突破130家, 将突破500家). */
    private static boolean isStockForFlow(ExtractedIndicator indicator, QuantityReader.Reading r) {
        return indicator.accumulation() == Accumulation.CUMULATIVE && r.stock();
    }

    private static boolean compatible(ExtractedIndicator indicator, QuantityReader.Reading r) {
        return indicator.kind() == r.kind() && comparable(indicator.target().unit(), r.unit());
    }

    private static boolean comparable(String a, String b) {
        return UnitOfMeasure.of(a).isComparableWith(UnitOfMeasure.of(b));
    }

    /** Per period the best-named candidate; periods in order of their end. */
    private static List<ExtractedMeasurement> bestPerPeriod(List<Candidate> candidates) {
        Map<Period, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Period p = c.reading().period().period();
            Period key = new Period(p.from(), p.to(), "");
            Candidate current = best.get(key);
            if (current == null || c.score() > current.score()) {
                best.put(key, c);
            }
        }
        return best.values().stream()
                .sorted(java.util.Comparator.comparing((Candidate c) -> c.reading().period().period().to())
                        .thenComparingInt(Candidate::order))
                .map(IndicatorExtractor::measurement)
                .toList();
    }

    private static ExtractedMeasurement measurement(Candidate c) {
        QuantityReader.Reading r = c.reading();
        return new ExtractedMeasurement(r.value(), r.unit(), qualifier(r), r.period().period(), r.status(),
                r.measurementSource());
    }

    /** 以上 → GTE, 超/突破 → GT (超…以上 stays GT), 约/左右 → APPROX; 达到 and 控制在 qualify nothing. */
    private static Comparator qualifier(QuantityReader.Reading r) {
        if (r.prefix() == Comparator.GT || r.prefix() == Comparator.LT) {
            return r.prefix();
        }
        if (r.suffix() != null) {
            return r.suffix();
        }
        return r.prefix() == Comparator.APPROX ? r.prefix() : null;
    }
}
