package org.duban.importing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
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

    /** A row read without anything the table around it says: only the plan year is known. */
    public Extraction extract(TaskText text, int planYear) {
        return extract(text, TableContext.ofYear(planYear));
    }

    /** A row read with what its table's headers and title say about its cells. */
    public Extraction extract(TaskText text, TableContext table) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(table, "table");
        List<String> warnings = new ArrayList<>();
        List<ExtractedIndicator> indicators = targets(text, table, warnings);
        Map<ExtractedIndicator, Period> stages = stageTargets(text, table, indicators, warnings);
        indicators.addAll(stages.keySet());
        Map<ExtractedIndicator, List<Candidate>> byIndicator = new LinkedHashMap<>();
        indicators.forEach(i -> byIndicator.put(i, new ArrayList<>()));
        boolean progressIsValue = ValueCells.isValueOnly(text.progressText());
        if (!indicators.isEmpty()) {
            List<UnitPairing.Open> unclaimed = new ArrayList<>();
            if (!progressIsValue) {
                unclaimed.addAll(assignNarrative(text, table, indicators, byIndicator, warnings));
            }
            unclaimed.addAll(assignCell(text.actualCell(), table.actual(), text, table, indicators, byIndicator,
                    100_000, warnings));
            if (progressIsValue) {
                unclaimed.addAll(assignCell(text.progressText(), table.progress(), text, table, indicators,
                        byIndicator, 200_000, warnings));
            }
            // the numbers no name claimed may still measure the indicators nothing measured, by their unit
            List<ExtractedIndicator> unmeasured = indicators.stream()
                    .filter(i -> byIndicator.get(i).isEmpty() && !stages.containsKey(i)).toList();
            for (UnitPairing.Pair pair : UnitPairing.pair(unclaimed, unmeasured)) {
                byIndicator.get(pair.indicator()).add(new Candidate(pair.reading(), pair.indicator(),
                        UnitPairing.SCORE, pair.order()));
            }
        }
        ExtractedIndicator progress = progressPercent(text, table, indicators, byIndicator, progressIsValue);
        if (indicators.isEmpty() && progress == null) {
            ExtractedIndicator tracked = trackedValue(text, table, warnings);
            return new Extraction(tracked == null ? List.of() : List.of(tracked),
                    warnings.stream().distinct().toList());
        }

        List<ExtractedIndicator> result = new ArrayList<>();
        for (ExtractedIndicator indicator : indicators) {
            List<ExtractedMeasurement> measurements = bestPerPeriod(byIndicator.get(indicator));
            if (measurements.isEmpty() && text.progressText() != null && !text.progressText().isBlank()
                    && !stages.containsKey(indicator)) {
                warnings.add("“" + indicator.name() + "”: 完成情况中未找到可确认的完成值 (no actual value found)");
            }
            ExtractedIndicator found = indicator.withMeasurements(measurements);
            Period stage = stages.get(indicator);
            // a stage target is its own indicator beside the year's one, named by its stage so that both are kept
            result.add(stage == null ? found : found.named(found.name() + "（" + stage.label() + "）"));
        }
        if (progress != null) {
            result.add(progress);
        }
        return new Extraction(result, warnings.stream().distinct().toList());
    }

    // ---------------------------------------------------------------- targets

    private List<ExtractedIndicator> targets(TaskText text, TableContext table, List<String> warnings) {
        int planYear = table.planYear();
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
            targetsFromCell(text, table, indicators, warnings);
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

    /**
     * A 目标值 cell: a named value is an indicator of its own; a bare one ("≥500亿元", "6%左右", or "12.5" under
     * "年度计划投资（亿元）") belongs to the row: named by the row's indicator name (指标名称), else by the header's
     * quantity (投资), else by the task content.
     */
    private void targetsFromCell(TaskText text, TableContext table, List<ExtractedIndicator> indicators,
            List<String> warnings) {
        int planYear = table.planYear();
        String cell = text.targetCell();
        for (QuantityReader.Reading r : ValueCells.read(cell, unitFor(table.target(), text, table), planYear)) {
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
                String name = rowName(text, table.target(), table);
                if (name.isEmpty()) {
                    warnings.add("目标值“" + cell.strip() + "”无法确定指标名称 (target cell without a name)");
                    continue;
                }
                // 单位GDP能耗下降 | 3%以上: the name says the change is a fall, so the bare 3 % is one
                indicators.add(target(name, ValueCells.namesDecline(name) ? ValueCells.asDecline(r) : r, planYear));
                if (!table.contentIsIndicator() && table.target().noun().isEmpty()) {
                    warnings.add("“" + name + "”: 指标名称取自任务内容, 请核对 (name taken from the task content)");
                }
            } else if (sameUnit.stream().noneMatch(i -> i.target().value().compareTo(r.value()) == 0)) {
                warnings.add("目标值“" + cell.strip() + "”与任务内容中的目标不一致 (target cell differs from the content: "
                        + sameUnit.get(0).target().value().toPlainString() + sameUnit.get(0).target().unit() + ")");
            }
        }
    }

    /**
     * Stage targets (一季度目标, 半年度目标任务): each is an indicator of its own beside the year's, with the stage as its
     * target period (from January to the stage's end: stage targets are cumulative milestones of the year).
     */
    private Map<ExtractedIndicator, Period> stageTargets(TaskText text, TableContext table,
            List<ExtractedIndicator> yearIndicators, List<String> warnings) {
        Map<ExtractedIndicator, Period> stages = new LinkedHashMap<>();
        String cell = text.stageTargetCell();
        if (cell == null || cell.isBlank()) {
            return stages;
        }
        Period header = table.stage().period();
        if (header == null) {
            warnings.add("阶段目标“" + cell.strip() + "”的表头未写明阶段, 未采用 (stage without a period)");
            return stages;
        }
        Period stage = new Period(java.time.LocalDate.of(header.to().getYear(), 1, 1), header.to(), header.label());
        ColumnHeader unitHeader = table.stage().unit() != null ? table.stage() : table.target();
        for (QuantityReader.Reading r : ValueCells.read(cell, unitFor(unitHeader, text, table), table.planYear())) {
            List<String> names;
            QuantityReader.Reading reading = r;
            if (r.usable()) {
                names = r.names();
            } else if (r.skip() == QuantityReader.Skip.NO_NAME) {
                List<ExtractedIndicator> fits = yearIndicators.stream().filter(i -> fitsBare(i, r)).toList();
                String name = fits.size() == 1 ? fits.get(0).name() : rowName(text, table.stage(), table);
                if (name.isEmpty()) {
                    warnings.add("阶段目标“" + cell.strip() + "”无法确定指标名称 (stage target without a name)");
                    continue;
                }
                names = List.of(name);
                reading = fits.size() == 1 ? ValueCells.asKind(r, fits.get(0).kind()) : r;
            } else {
                continue;
            }
            for (String name : names) {
                ExtractedIndicator t = target(name, reading, table.planYear());
                stages.put(t.withTargetPeriod(stage), stage);
            }
        }
        return stages;
    }

    /** The unit of bare numbers in a column: the header's, else one in brackets after an indicator's name. */
    private static String unitFor(ColumnHeader header, TaskText text, TableContext table) {
        if (header.unit() != null) {
            return header.unit();
        }
        return table.contentIsIndicator() ? ColumnHeader.of(text.content(), table.planYear()).unit() : null;
    }

    /** The name of a bare value's indicator: the row's 指标名称, else the header's quantity, else the content's. */
    private static String rowName(TaskText text, ColumnHeader header, TableContext table) {
        if (table.contentIsIndicator()) {
            String name = IndicatorNames.clean(text.content());
            if (!name.isEmpty()) {
                return name;
            }
        }
        if (!header.noun().isEmpty()) {
            return header.noun();
        }
        return taskName(text.content());
    }

    private static ExtractedIndicator target(String writtenName, QuantityReader.Reading r, int planYear) {
        String name = IndicatorNames.clean(writtenName);
        if (name.isEmpty()) {
            name = writtenName.strip();
        }
        Comparator comparator = comparator(r);
        Direction direction = comparator == Comparator.LTE || comparator == Comparator.LT
                || comparator == Comparator.APPROX && r.decline() ? Direction.DESCENDING : Direction.ASCENDING;
        Period period = r.period() != null && r.period().isDetermined() ? r.period().period() : Period.year(planYear);
        ExtractedTarget target = new ExtractedTarget(comparator, r.value(), r.unit(), period, r.itemText());
        MeasureKind kind = IndicatorNames.kindFor(name, r.kind(), r.unit());
        return new ExtractedIndicator(name, kind, accumulation(kind, name), direction, r.commitment(), target,
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
            case PROGRESS -> Accumulation.CUMULATIVE;
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
        String[] clauses = IndicatorNames.withoutItemNumber(ChineseText.normalize(content)).split("[，,。；;]");
        for (int i = clauses.length - 1; i >= 0; i--) {
            String name = QuantityReader.cleanLeading(GENERIC_VERBS.matcher(clauses[i].strip()).replaceFirst(""));
            if (!name.isEmpty()) {
                return name.length() > 30 ? name.substring(0, 30) : name;
            }
        }
        return "";
    }

    // ---------------------------------------------------------------- actuals

    /**
     * The numbers of the completion narrative, each given to the indicator its name names; returns those no name
     * claimed that may still measure an indicator by their unit.
     */
    private List<UnitPairing.Open> assignNarrative(TaskText text, TableContext table,
            List<ExtractedIndicator> indicators, Map<ExtractedIndicator, List<Candidate>> byIndicator,
            List<String> warnings) {
        List<UnitPairing.Open> unclaimed = new ArrayList<>();
        int order = 0;
        for (QuantityReader.Reading read : QuantityReader.read(text.progressText(), table.planYear())) {
            QuantityReader.Reading reading = datedByTable(read, table);
            if (!assign(reading, indicators, byIndicator, order, warnings) && UnitPairing.eligible(reading)) {
                unclaimed.add(new UnitPairing.Open(reading, order));
            }
            order++;
        }
        return unclaimed;
    }

    /**
     * Gives a reading to the indicator its name names best. Returns false when no indicator's name matched it (the
     * reading may then still measure one of its unit, see {@link UnitPairing}).
     */
    private boolean assign(QuantityReader.Reading reading, List<ExtractedIndicator> indicators,
            Map<ExtractedIndicator, List<Candidate>> byIndicator, int order, List<String> warnings) {
        if (!reading.usable() || reading.restatedTarget()) {
            return false; // thresholds, specifications, restated targets: never actuals by name
        }
        List<ExtractedIndicator> best = new ArrayList<>();
        double bestScore = 0;
        ExtractedIndicator nearMiss = null;
        boolean named = false;
        for (ExtractedIndicator indicator : indicators) {
            double score = reading.names().stream().mapToDouble(n -> NameMatcher.score(indicator.name(), n)).max()
                    .orElse(0);
            named |= score > 0;
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
            return named;
        }
        if (!hasUsablePeriod(best.get(0), reading, warnings)) {
            if (best.size() == 1 || reading.period() == null || !reading.period().isDetermined()) {
                return true;
            }
        }
        for (ExtractedIndicator indicator : best) {
            if (indicator.target().period().contains(reading.period().period())) {
                byIndicator.get(indicator).add(new Candidate(reading, indicator, bestScore, order));
            }
        }
        return true;
    }

    /**
     * A narrative number that dates nothing itself ("已完工3所", "截至目前…", "自7月起…") is of the period its column
     * or the document reports on (1-9月进展情况, 上半年完成情况); without either it stays undated and is left out.
     */
    private static QuantityReader.Reading datedByTable(QuantityReader.Reading r, TableContext table) {
        if (r.period() != null && r.period().isDetermined()) {
            return r;
        }
        Period stated = table.progress().period() != null ? table.progress().period() : table.documentPeriod();
        return stated == null ? r : withPeriod(r, new PeriodPhrases.Phrase(-1, -1, stated.label(), stated));
    }

    /**
     * A value cell (完成值, or a 完成情况 cell that holds only a value): its numbers belong to this row. A named one goes
     * to the indicator of that name; a bare one ("28.97%", "4家", "提升3.89个百分点", "6.3" under "1-6月完成投资
     * （亿元）") to the only indicator it can measure. A value that does not say its period takes the narrative's only
     * one, else the header's, the document's or the plan year's. Returns the named values no name claimed.
     */
    private List<UnitPairing.Open> assignCell(String cell, ColumnHeader header, TaskText text, TableContext table,
            List<ExtractedIndicator> indicators, Map<ExtractedIndicator, List<Candidate>> byIndicator, int firstOrder,
            List<String> warnings) {
        List<UnitPairing.Open> unclaimed = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return unclaimed;
        }
        int planYear = table.planYear();
        List<Period> narrativePeriods = text.progressText() == null || cell.equals(text.progressText()) ? List.of()
                : PeriodPhrases.find(text.progressText(), planYear).stream().filter(PeriodPhrases.Phrase::isDetermined)
                        .map(PeriodPhrases.Phrase::period).toList();
        // a named value ("落地率82.9%") takes a period the table states; a bare one ("82.9%") also the plan year's
        Period stated = narrativePeriods.stream().map(p -> new Period(p.from(), p.to(), "")).distinct().count() == 1
                ? narrativePeriods.get(0) : header.period() != null ? header.period() : table.documentPeriod();
        Period fallback = stated != null ? stated : table.periodFor(header);
        int order = firstOrder;
        for (QuantityReader.Reading read : ValueCells.read(cell, unitFor(header, text, table), planYear)) {
            Period assumed = read.usable() ? stated : fallback;
            boolean undated = read.period() == null || !read.period().isDetermined(); // 自7月起, 截至目前
            QuantityReader.Reading r = undated && assumed != null
                    ? withPeriod(read, new PeriodPhrases.Phrase(-1, -1, assumed.label(), assumed)) : read;
            if (r.usable()) {
                if (!assign(r, indicators, byIndicator, order, warnings) && UnitPairing.eligible(r)) {
                    unclaimed.add(new UnitPairing.Open(r, order));
                }
                order++;
                continue;
            }
            if (r.skip() != QuantityReader.Skip.NO_NAME || r.restatedTarget()) {
                continue;
            }
            List<ExtractedIndicator> fits = indicators.stream().filter(i -> fitsBare(i, asMeasuredBy(r, i))).toList();
            if (fits.isEmpty() || fits.stream().map(ExtractedIndicator::name).distinct().count() != 1) {
                if (!ValueCells.isPercent(r) || indicators.stream().anyMatch(i -> "%".equals(i.target().unit()))) {
                    warnings.add("完成值“" + cell.strip() + "”无法对应到唯一指标 (value cell matches " + fits.size()
                            + " indicators)");
                }
                continue;
            }
            // one quantity may carry a firm and a stretch target, or a year's and a stage's: each takes what fits
            QuantityReader.Reading adopted = ValueCells.asKind(asMeasuredBy(r, fits.get(0)), fits.get(0).kind());
            List<ExtractedIndicator> inPeriod = fits.stream().filter(i -> i.target().period()
                    .contains(adopted.period().period())).toList();
            if (inPeriod.isEmpty()) {
                hasUsablePeriod(fits.get(0), adopted, warnings);
            }
            for (ExtractedIndicator indicator : inPeriod) {
                byIndicator.get(indicator).add(new Candidate(adopted, indicator, 1, order++));
            }
        }
        return unclaimed;
    }

    /** A bare percentage under an indicator named for a fall (单位GDP能耗下降 | 2.1%) is that fall: −2.1 %. */
    private static QuantityReader.Reading asMeasuredBy(QuantityReader.Reading r, ExtractedIndicator indicator) {
        return ValueCells.namesDecline(indicator.name()) ? ValueCells.asDecline(r) : r;
    }

    /**
     * A bare value fits an indicator of the same kind and unit family; a bare percentage ("28.97%") also measures a
     * growth rate, unless the indicator is a decline (下降3%), whose sign a bare number does not say.
     */
    private static boolean fitsBare(ExtractedIndicator indicator, QuantityReader.Reading r) {
        if (indicator.target() == null || !comparable(indicator.target().unit(), r.unit())) {
            return false;
        }
        if (indicator.kind() == r.kind()) {
            return true;
        }
        boolean bare = ValueCells.isPercent(r) && !ValueCells.saysChange(r);
        return bare && indicator.target().value().signum() >= 0
                && (indicator.kind() == MeasureKind.GROWTH_RATE || indicator.kind() == MeasureKind.SHARE
                || indicator.kind() == MeasureKind.PROGRESS);
    }

    /**
     * A completion percentage (当前进度 80%, 完成率 60%) of a task that has no indicator it could measure is the
     * measurement of the task's own progress: an indicator of kind PROGRESS with the target 100 % for the year,
     * cumulative, so that the rules judge it pro rata like any flow (50 % by 1-6月 is on track).
     */
    private static ExtractedIndicator progressPercent(TaskText text, TableContext table,
            List<ExtractedIndicator> indicators, Map<ExtractedIndicator, List<Candidate>> byIndicator,
            boolean progressIsValue) {
        if (table.contentIsIndicator()
                || indicators.stream().anyMatch(i -> i.target() != null && "%".equals(i.target().unit()))) {
            return null;
        }
        String cell = null;
        ColumnHeader header = null;
        if (progressIsValue && (table.progress().isProgress() || ValueCells.namesProgress(text.progressText()))) {
            cell = text.progressText();
            header = table.progress();
        } else if (indicators.isEmpty() && ValueCells.isValueOnly(text.completionRateCell())) {
            cell = text.completionRateCell();
            header = table.completionRate();
        }
        if (cell == null) {
            return null;
        }
        // "70%（已完成19.6公里）": the percentage is the cell's value, the note another indicator's business
        List<QuantityReader.Reading> readings = ValueCells.read(ValueCells.withoutNotes(cell), null, table.planYear());
        if (readings.size() != 1 || !ValueCells.isPercent(readings.get(0)) || ValueCells.saysChange(readings.get(0))
                || readings.get(0).restatedTarget() || readings.get(0).value().signum() < 0
                || readings.get(0).value().compareTo(ValueCells.HUNDRED) > 0) {
            return null;
        }
        QuantityReader.Reading r = readings.get(0);
        Period period = r.period() != null && r.period().isDetermined() ? r.period().period()
                : table.periodFor(header);
        Period year = Period.year(table.planYear());
        if (!year.contains(period)) {
            return null;
        }
        ExtractedTarget target = new ExtractedTarget(Comparator.GTE, ValueCells.HUNDRED, "%", year, "100%");
        ExtractedMeasurement m = new ExtractedMeasurement(r.value(), "%", qualifier(r), period, r.status(),
                cell.strip());
        return new ExtractedIndicator(ValueCells.PROGRESS_NAME, MeasureKind.PROGRESS, Accumulation.CUMULATIVE,
                Direction.ASCENDING, Commitment.FIRM, target, List.of(m), cell.strip());
    }

    /**
     * A row of an indicator table whose target is no number ("与经济增长同步") but whose value cell holds one ("5.4%"):
     * the indicator is tracked without a target and its value recorded; a person is told.
     */
    private static ExtractedIndicator trackedValue(TaskText text, TableContext table, List<String> warnings) {
        String name = IndicatorNames.clean(text.content());
        boolean inActualCell = ValueCells.isValueOnly(text.actualCell());
        String cell = inActualCell ? text.actualCell()
                : ValueCells.isValueOnly(text.progressText()) ? text.progressText() : null;
        if (!table.contentIsIndicator() || name.isEmpty() || cell == null) {
            return null;
        }
        ColumnHeader header = inActualCell ? table.actual() : table.progress();
        List<QuantityReader.Reading> readings = ValueCells.read(cell, unitFor(header, text, table), table.planYear());
        if (readings.size() != 1 || readings.get(0).skip() != QuantityReader.Skip.NO_NAME
                || readings.get(0).restatedTarget()) {
            return null;
        }
        boolean falls = ValueCells.namesDecline(name);
        QuantityReader.Reading r = falls ? ValueCells.asDecline(readings.get(0)) : readings.get(0);
        Period period = r.period() != null && r.period().isDetermined() ? r.period().period()
                : table.periodFor(header);
        if (!Period.year(table.planYear()).contains(period)) {
            return null;
        }
        MeasureKind kind = IndicatorNames.kindFor(name, r.kind(), r.unit());
        ExtractedMeasurement m = new ExtractedMeasurement(r.value(), r.unit(), qualifier(r), period, r.status(),
                cell.strip());
        warnings.add("“" + name + "”: 目标不是数值, 只记录完成值 (tracked without a numeric target)");
        return new ExtractedIndicator(name, kind, accumulation(kind, name), falls ? Direction.DESCENDING
                : Direction.ASCENDING, Commitment.FIRM, null, List.of(m), text.content().strip());
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
