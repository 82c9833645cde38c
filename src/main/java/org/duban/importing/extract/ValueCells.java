package org.duban.importing.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.quantity.MeasureKind;

/**
 * Cells that hold a value rather than a narrative: "28.97%", "4家", "提升3.89个百分点", "80%（主体完工）", or a bare
 * number under a header that gives its unit ("12.5" under "年度计划投资（亿元）"). A bare number is read with the
 * header's unit; its source stays the cell as written.
 */
final class ValueCells {

    static final BigDecimal HUNDRED = new BigDecimal("100");
    /** The name of a task's own completion percentage. */
    static final String PROGRESS_NAME = "完成进度";

    /** A value cell is short once its bracketed notes are removed; a longer one is a narrative. */
    private static final int MAX_VALUE_CELL = 40;
    private static final Pattern NOTES = Pattern.compile("[(（][^()（）]*[)）]");
    /** A whole cell that is a number without a unit, with the comparator words a target cell may carry. */
    private static final Pattern BARE_NUMBER = Pattern.compile(
            "^(不低于|不少于|不超过|不高于|达到|超过|力争|确保|约|≥|≤|>=|<=|>|<)?\\s*(-?\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*"
                    + "(以上|以下|以内|左右)?$");
    private static final Pattern DECLINE_NAME = Pattern.compile("(?:下降|降低|减少|压减|削减|降幅)(?:率|幅度)?$");
    private static final Pattern PROGRESS_WORDS = Pattern.compile("进度|完成|竣工|完工");

    private ValueCells() {
    }

    /** True when the cell holds one quantity and little else: the value of its row rather than a narrative. */
    static boolean isValueOnly(String cell) {
        if (cell == null || cell.isBlank()) {
            return false;
        }
        String withoutNotes = NOTES.matcher(ChineseText.normalize(cell)).replaceAll("").strip();
        if (withoutNotes.isEmpty() || withoutNotes.length() > MAX_VALUE_CELL || withoutNotes.contains("\n")) {
            return false;
        }
        List<QuantityReader.Reading> readings = QuantityReader.read(withoutNotes, 2000);
        return readings.size() == 1 && (readings.get(0).skip() == null
                || readings.get(0).skip() == QuantityReader.Skip.NO_NAME);
    }

    /** The cell without its bracketed notes: "80%（主体完工）" → "80%". */
    static String withoutNotes(String cell) {
        String stripped = NOTES.matcher(cell).replaceAll("").strip();
        return stripped.isEmpty() ? cell : stripped;
    }

    /** The quantities of a cell; a bare number takes {@code headerUnit} when there is one. */
    static List<QuantityReader.Reading> read(String cell, String headerUnit, int planYear) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        String written = cell.strip();
        Matcher bare = BARE_NUMBER.matcher(ChineseText.normalize(written));
        if (headerUnit == null || !bare.matches()) {
            return QuantityReader.read(cell, planYear);
        }
        String withUnit = (bare.group(1) == null ? "" : bare.group(1)) + bare.group(2) + headerUnit
                + (bare.group(3) == null ? "" : bare.group(3));
        // read with the header's unit, but quote the cell as the user wrote it
        return QuantityReader.read(withUnit, planYear).stream().map(r -> quoting(r, written)).toList();
    }

    static boolean isPercent(QuantityReader.Reading r) {
        return "%".equals(r.unit());
    }

    /** True when the value is written as a change (增长4.3%, 下降2%), not as a level or share. */
    static boolean saysChange(QuantityReader.Reading r) {
        String source = ChineseText.normalize(r.measurementSource());
        return r.decline() || Lexicon.GROWTH_WORDS.stream().anyMatch(source::contains);
    }

    /** True when the cell speaks of progress: 进度, 完成, 竣工. */
    static boolean namesProgress(String cell) {
        return cell != null && PROGRESS_WORDS.matcher(cell).find();
    }

    /** A name that says its quantity falls: 单位GDP能耗下降, 化肥使用量减少. */
    static boolean namesDecline(String name) {
        return name != null && DECLINE_NAME.matcher(IndicatorNames.clean(name)).find();
    }

    /**
     * A bare percentage (no growth or decline word of its own) read as a fall: negative, a growth rate. Anything else
     * is returned as it is.
     */
    static QuantityReader.Reading asDecline(QuantityReader.Reading r) {
        if (!isPercent(r) || saysChange(r) || r.value().signum() <= 0) {
            return r;
        }
        return new QuantityReader.Reading(r.number(), r.value().negate(), r.unit(), MeasureKind.GROWTH_RATE, r.names(),
                r.verb(), r.inheritedName(), r.prefix(), r.suffix(), true, r.commitment(), r.period(), r.status(),
                r.stock(), r.restatedTarget(), r.targetCue(), r.skip(), r.clauseText(), r.itemText(),
                r.measurementSource(), r.sourceStart(), r.tailEnd());
    }

    static QuantityReader.Reading asKind(QuantityReader.Reading r, MeasureKind kind) {
        return new QuantityReader.Reading(r.number(), r.value(), r.unit(), kind, r.names(), r.verb(),
                r.inheritedName(), r.prefix(), r.suffix(), r.decline(), r.commitment(), r.period(), r.status(),
                r.stock(), r.restatedTarget(), r.targetCue(), r.skip(), r.clauseText(), r.itemText(),
                r.measurementSource(), r.sourceStart(), r.tailEnd());
    }

    private static QuantityReader.Reading quoting(QuantityReader.Reading r, String written) {
        return new QuantityReader.Reading(r.number(), r.value(), r.unit(), r.kind(), r.names(), r.verb(),
                r.inheritedName(), r.prefix(), r.suffix(), r.decline(), r.commitment(), r.period(), r.status(),
                r.stock(), r.restatedTarget(), r.targetCue(), r.skip(), written, written, written, r.sourceStart(),
                r.tailEnd());
    }
}
