package org.duban.importing.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.duban.quantity.Commitment;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.UnitOfMeasure;

/**
 * Reads every quantity of a text in its context: the noun phrase it belongs to (looking left within its clause, or
 * right for "新增60家规上工业企业"), comparator words around it, growth or decline verbs, the commitment word of its
 * clause, the nearest period phrase and estimate markers. It decides nothing about targets or actuals; it also flags
 * the numbers that must never become either (thresholds, specifications, restated targets, stocks).
 */
final class QuantityReader {

    /** Why a number is no quantity of an indicator, or null. */
    enum Skip { THRESHOLD, ATTRIBUTE, ENUMERATION_TOTAL, NO_NAME }

    /** One quantity read in context. Positions are those of the original text. */
    record Reading(NumberSpan number, BigDecimal value, String unit, MeasureKind kind, List<String> names, String verb,
            boolean inheritedName, Comparator prefix, Comparator suffix, boolean decline, Commitment commitment,
            PeriodPhrases.Phrase period, MeasurementStatus status, boolean stock, boolean restatedTarget,
            boolean targetCue, Skip skip, String clauseText, String itemText, String measurementSource,
            int sourceStart, int tailEnd) {

        boolean usable() {
            return skip == null && !names.isEmpty();
        }
    }

    /** After a number, these start a new predicate rather than a noun the number describes. */
    private static final List<String> FOLLOWERS = List.of("的", "目标", "任务", "和", "及", "与", "同比", "比", "较", "增长",
            "增速", "增幅", "下降", "占", "居", "位列", "排名", "位居", "高于", "低于", "超", "完成", "实现", "达", "为",
            "左右", "等", "其中", "并", "已", "均", "分别", "年", "月", "(", "关口", "大关", "发放", "执行", "标准");

    /** A threshold written before a noun: 80周岁以上(老人), 65岁及以上(老年人). */
    private static final java.util.regex.Pattern LEADING_THRESHOLD = java.util.regex.Pattern.compile(
            "^\\d+(?:\\.\\d+)?[^\\d，,。；;、\\s]{1,3}?(?:及以上|以上|以下)的?");

    /** Verbs of a fall that may stand before what falls. */
    private static final List<String> LEADING_DECLINE = List.of("压减", "削减", "减少", "降低", "压缩");

    private static final String NAME_STOPS = "的，,、。；;等和及与(（ 》“”\"";

    private QuantityReader() {
    }

    static List<Reading> read(String original, int year) {
        if (original == null || original.isBlank()) {
            return List.of();
        }
        String text = ChineseText.normalize(original);
        List<PeriodPhrases.Phrase> periods = PeriodPhrases.find(original, year);
        List<NumberSpan> numbers = NumberTokenizer.find(text, periods);
        List<Reading> readings = new ArrayList<>();
        for (TextSpans.Span sentence : TextSpans.sentences(text)) {
            List<TextSpans.Span> clauses = TextSpans.clauses(text, sentence);
            List<NumberSpan> inSentence = numbers.stream().filter(n -> sentence.contains(n.start())).toList();
            Reading previous = null;
            Reading previousNamed = null;
            for (int i = 0; i < inSentence.size(); i++) {
                NumberSpan number = inSentence.get(i);
                int nextStart = i + 1 < inSentence.size() ? inSentence.get(i + 1).start() : sentence.end();
                Reading reading = readOne(original, text, periods, sentence, clauses, number, nextStart, previous,
                        previousNamed);
                readings.add(reading);
                previous = reading;
                if (reading.usable()) {
                    previousNamed = reading;
                }
            }
        }
        return readings;
    }

    private static Reading readOne(String original, String text, List<PeriodPhrases.Phrase> periods,
            TextSpans.Span sentence, List<TextSpans.Span> clauses, NumberSpan number, int nextStart,
            Reading previous, Reading previousNamed) {
        TextSpans.Span clause = TextSpans.containing(clauses, number.start());
        int segmentStart = clause.start();
        if (previous != null && previous.tailEnd() > segmentStart && previous.tailEnd() <= number.start()) {
            segmentStart = previous.tailEnd();
        }
        String rawSegment = text.substring(segmentStart, number.start());
        String segment = blankPeriods(rawSegment, segmentStart, periods).strip();

        // comparators written around the number
        Comparator prefix = null;
        var prefixEntry = Lexicon.prefixComparator(segment);
        if (prefixEntry.isPresent()) {
            prefix = prefixEntry.get().getValue();
            segment = segment.substring(0, segment.length() - prefixEntry.get().getKey().length()).strip();
        }
        int tailEnd = number.end();
        int afterUnit = skipSpaces(text, number.end(), clause.end());
        Comparator suffix = null;
        var suffixEntry = Lexicon.suffixComparator(text.substring(afterUnit, clause.end()));
        if (suffixEntry.isPresent()) {
            suffix = suffixEntry.get().getValue();
            tailEnd = afterUnit + suffixEntry.get().getKey().length();
        }
        String after = text.substring(skipSpaces(text, tailEnd, clause.end()), Math.max(tailEnd,
                Math.min(nextStart, clause.end()))).strip();

        // "每人每月1050元": the per-capita words before the number belong to its unit
        String perUnit = "";
        var perCapita = Lexicon.endingWith(segment, Lexicon.PER_UNIT_WORDS);
        if (perCapita.isPresent()) {
            perUnit = perCapita.get().replace("每", "/");
            segment = cut(segment, perCapita.get());
            var again = Lexicon.prefixComparator(segment);
            if (prefix == null && again.isPresent()) {
                prefix = again.get().getValue();
                segment = cut(segment, again.get().getKey());
            }
        }

        // the name on the left, with the verbs between it and the number peeled off
        boolean growth = false;
        boolean decline = false;
        boolean shared = false;
        boolean stock = Lexicon.STOCK_MARKERS.matcher(rawSegment).find() && !Lexicon.FLOW_CUES.matcher(rawSegment).find();
        String name = segment;
        for (boolean changed = true; changed; ) {
            changed = false;
            var filler = Lexicon.endingWith(name, Lexicon.TRAILING_FILLERS);
            var declineWord = Lexicon.endingWith(name, Lexicon.DECLINE_WORDS);
            var growthWord = Lexicon.endingWith(name, Lexicon.GROWTH_WORDS);
            var comparatorWord = Lexicon.prefixComparator(name);
            if (prefix == null && comparatorWord.isPresent()) { // "增长超": the comparator sits before the verb
                prefix = comparatorWord.get().getValue();
                name = cut(name, comparatorWord.get().getKey());
                changed = true;
            } else if (declineWord.isPresent() && !name.endsWith("减负")) {
                decline = true;
                name = cut(name, declineWord.get());
                changed = true;
            } else if (growthWord.isPresent()) {
                growth = true;
                name = cut(name, growthWord.get());
                changed = true;
            } else if (filler.isPresent()) {
                shared |= List.of("均", "都", "分别", "各").contains(filler.get());
                name = cut(name, filler.get());
                changed = true;
            }
        }
        // "压减一般性支出15%": the fall is written before what falls
        var leadingDecline = Lexicon.startingWith(cleanLeading(name), LEADING_DECLINE);
        if (number.unit().equals("%") && !growth && !decline && leadingDecline.isPresent()
                && cleanLeading(name).length() > leadingDecline.get().length() + 1) {
            decline = true;
            name = cleanLeading(name).substring(leadingDecline.get().length());
        }
        List<String> names = splitNames(name, shared);
        String verb = names.isEmpty() ? null : Lexicon.startingWith(names.get(0), Lexicon.FLOW_VERBS).orElse(null);
        if (names.size() == 1 && names.get(0).equals(verb)) {
            names = List.of(); // "新增60家规上工业企业": the name follows the number
        }

        // a verb such as 新增 distributes over the items of an enumeration that have none of their own
        boolean continuesEnumeration = previousNamed != null && previousNamed.verb() != null && verb == null
                && prefix == null && (rawSegment.strip().startsWith("、")
                || segmentStart == clause.start() && !Lexicon.TARGET_CUES.matcher(rawSegment).find());
        if (continuesEnumeration && !names.isEmpty()) {
            verb = previousNamed.verb();
            String distributed = verb;
            names = names.stream().map(n -> distributed + n).toList();
        }

        Skip skip = null;
        boolean inherited = false;
        boolean nounAfter = false;
        int itemEnd = tailEnd;
        // "为两万名80周岁以上老人提供助餐服务": the threshold between the count and its noun qualifies the noun
        String nounText = LEADING_THRESHOLD.matcher(after).replaceFirst("");
        boolean afterIsNoun = !nounText.isEmpty() && (ChineseText.isIdeograph(nounText.charAt(0))
                || nounText.startsWith("“") && nounText.indexOf('”') > 1)
                && FOLLOWERS.stream().noneMatch(nounText::startsWith);
        boolean isCount = UnitOfMeasure.of(number.unit()).family().startsWith("COUNT:");
        if (segment.endsWith("等") && isCount && afterIsNoun
                && Lexicon.TARGET_CUES.matcher(nounAt(nounText)).find()) {
            // "完成清溪、梅岭等8家卫生院提升改造": the count of what the promised work is done to
            String noun = nounAt(nounText);
            names = List.of(noun);
            itemEnd = text.indexOf(noun, tailEnd) + noun.length();
            nounAfter = true;
        } else if (segment.endsWith("等")) {
            skip = Skip.ENUMERATION_TOTAL; // "A、B等6个园区" sums up a list, it promises nothing
        } else if (UnitOfMeasure.of(number.unit()).family().startsWith("COUNT:")
                && Lexicon.COUNTED_TARGETS.matcher(after).lookingAt()) {
            skip = Skip.ENUMERATION_TOTAL; // "4个结构性指标均…": how many indicators share a target, not a target
        } else if (!names.isEmpty() && afterIsNoun) {
            // "6万元以下低效企业", "15.4万吨穿梭油轮": the number describes the noun after it
            skip = suffix != null ? Skip.THRESHOLD : Skip.ATTRIBUTE;
        } else if (names.isEmpty() && afterIsNoun && suffix != null) {
            skip = Skip.THRESHOLD; // "88个投资亿元以上项目"-like: 亿元以上项目
        } else if (names.isEmpty() && afterIsNoun) {
            String noun = nounAt(nounText);
            if (isCount || Lexicon.TARGET_CUES.matcher(rawSegment).find()) {
                String leftVerb = verb != null ? verb : Lexicon.FLOW_VERBS.stream().filter(rawSegment.strip()::endsWith)
                        .findFirst().orElse(null);
                verb = leftVerb;
                names = List.of((leftVerb == null ? "" : leftVerb) + noun);
                nounAfter = true;
                itemEnd = text.indexOf(noun, tailEnd) + noun.length();
            } else {
                skip = Skip.ATTRIBUTE;
            }
        } else if (names.isEmpty() && previousNamed != null) {
            names = previousNamed.names();
            verb = previousNamed.verb();
            inherited = true;
        }
        if (skip == null && names.isEmpty()) {
            skip = Skip.NO_NAME;
        }

        // "均实现10%以上增长": the growth verb may follow the value
        if (number.unit().equals("%") && !growth && !decline) {
            growth = Lexicon.startingWith(after, Lexicon.GROWTH_WORDS).isPresent();
            decline = Lexicon.startingWith(after, Lexicon.DECLINE_WORDS).isPresent();
        }

        // kind and sign
        String unit = number.unit() + perUnit;
        MeasureKind kind = kindOf(unit, growth, decline, names);
        if (inherited && !growth && !decline && unit.equals(previousNamed.unit())) {
            kind = previousNamed.kind();
            decline = previousNamed.decline();
        }
        BigDecimal value = number.value();
        if (decline && (kind == MeasureKind.GROWTH_RATE || kind == MeasureKind.SHARE) && value.signum() > 0) {
            value = value.negate(); // 下降2.1% is a change of −2.1 %
        }

        Commitment commitment = commitment(text, sentence, clause, number, previous, inherited ? previousNamed : null);
        PeriodPhrases.Phrase period = periodOf(periods, sentence, clause, number);
        int scopeStart = period != null && period.end() <= number.start()
                ? Math.min(TextSpans.containing(clauses, period.start()).start(), period.start())
                : sentence.start();
        String scope = text.substring(scopeStart, number.start());
        MeasurementStatus status = Lexicon.ESTIMATE_WORDS.stream().anyMatch(scope::contains)
                ? MeasurementStatus.ESTIMATED : MeasurementStatus.FINAL;
        boolean restated = isRestatedTarget(text, sentence, clause, number);
        boolean cue = prefix != null || suffix != null || growth || decline
                || Lexicon.TARGET_CUES.matcher(text.substring(clause.start(), number.start())).find()
                || continuesEnumeration
                // "实际使用外资2.8亿美元", "…，其中工业投资210亿元": a named amount that closes its clause is a promise
                // when it opens the sentence or follows one ("现有企业480家，从业人员12万人" describes)
                || after.isEmpty() && !names.isEmpty() && skip == null && !stock && !inherited
                        && (previous == null || previous.targetCue())
                // "为1200名困难残疾人提供康复服务": the promise is in the phrase the count is followed by
                || nounAfter && Lexicon.TARGET_CUES.matcher(names.get(0)).find();

        String clauseText = original.substring(clause.start(), clause.end()).strip();
        // the period is quoted with the value unless another value stands between them
        boolean periodLeadsDirectly = period != null && period.end() <= number.start()
                && (previous == null || previous.tailEnd() <= period.start());
        int sourceStart = periodLeadsDirectly ? Math.min(period.start(), clause.start()) : clause.start();
        if (inherited) {
            sourceStart = Math.min(sourceStart, previousNamed.sourceStart()); // quote the clause that names it
        }
        String source = original.substring(sourceStart, Math.max(tailEnd, sourceStart)).strip();
        int itemStart = segmentStart;
        while (itemStart < number.start() && "、，,;； ".indexOf(text.charAt(itemStart)) >= 0) {
            itemStart++;
        }
        // an item of an enumeration is its own phrase; a number that borrows its name needs the whole clause
        String itemText = inherited ? clauseText : original.substring(itemStart, itemEnd).strip();
        return new Reading(number, value, unit, kind, names, verb, inherited, prefix, suffix, decline, commitment,
                period, status, stock, restated, cue, skip, clauseText, itemText, source, sourceStart, tailEnd);
    }

    private static MeasureKind kindOf(String unit, boolean growth, boolean decline, List<String> names) {
        if (unit.equals("个百分点")) {
            return MeasureKind.SHARE;
        }
        if (unit.equals("%")) {
            // 增长10% is a rate; 失业率5.5% or 完成总工程量60% is a share, even when it 提高
            boolean shareName = names.stream().anyMatch(n -> Lexicon.SHARE_NAMES.matcher(n).find());
            return (growth || decline) && !shareName ? MeasureKind.GROWTH_RATE : MeasureKind.SHARE;
        }
        if (unit.equals("位")) {
            return MeasureKind.RANK;
        }
        return UnitOfMeasure.of(unit).family().startsWith("COUNT:") ? MeasureKind.COUNT : MeasureKind.LEVEL;
    }

    /**
     * The commitment word of the number's clause (the last one before it, so "确保…6.5%、力争7%" reads STRETCH for 7 %),
     * else of a lead-in clause without numbers ("力争到2025年，…"), else that of the name it inherits, else FIRM.
     */
    private static Commitment commitment(String text, TextSpans.Span sentence, TextSpans.Span clause, NumberSpan number,
            Reading previous, Reading inheritedFrom) {
        Commitment inClause = lastCommitment(text.substring(clause.start(), number.start()));
        if (inClause != null) {
            return inClause;
        }
        int leadIn = previous == null ? sentence.start() : Math.max(sentence.start(), previous.tailEnd());
        if (leadIn < clause.start()) {
            Commitment lead = lastCommitment(text.substring(leadIn, clause.start()));
            if (lead != null) {
                return lead;
            }
        }
        return inheritedFrom != null ? inheritedFrom.commitment() : Commitment.FIRM;
    }

    private static Commitment lastCommitment(String text) {
        int stretch = Lexicon.lastIndexOfAny(text, Lexicon.STRETCH_WORDS);
        int firm = Lexicon.lastIndexOfAny(text, Lexicon.FIRM_WORDS);
        if (stretch < 0 && firm < 0) {
            return null;
        }
        return stretch > firm ? Commitment.STRETCH : Commitment.FIRM;
    }

    /** The nearest period phrase before the number in its sentence, else the first after it in its clause. */
    private static PeriodPhrases.Phrase periodOf(List<PeriodPhrases.Phrase> periods, TextSpans.Span sentence,
            TextSpans.Span clause, NumberSpan number) {
        PeriodPhrases.Phrase before = null;
        for (PeriodPhrases.Phrase p : periods) {
            if (p.start() >= sentence.start() && p.end() <= number.start()) {
                before = p;
            }
        }
        if (before != null) {
            return before;
        }
        return periods.stream().filter(p -> p.start() >= number.end() && p.end() <= clause.end()).findFirst()
                .orElse(null);
    }

    /**
     * A completion text restating the target: "超额完成500亿工业投资目标任务", "完成…增长10%的目标", or the numbers
     * between "省厅下达的" and "…的目标任务".
     */
    private static boolean isRestatedTarget(String text, TextSpans.Span sentence, TextSpans.Span clause,
            NumberSpan number) {
        String clauseText = text.substring(clause.start(), clause.end());
        if (clauseText.contains("目标") || clauseText.contains("任务数")) {
            return true;
        }
        String before = text.substring(sentence.start(), number.start());
        String afterInSentence = text.substring(number.end(), sentence.end());
        return (before.contains("下达") || before.contains("超额完成")) && afterInSentence.contains("目标");
    }

    private static List<String> splitNames(String name, boolean shared) {
        String cleaned = cleanLeading(name);
        if (cleaned.isEmpty()) {
            return List.of();
        }
        if (cleaned.endsWith("、")) {
            return List.of(); // the number starts a new item: "…万箱船、15.4万吨…"
        }
        List<String> parts = splitOutsideBrackets(cleaned).stream().map(QuantityReader::cleanLeading)
                .filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) {
            return List.of();
        }
        if (!shared && parts.size() > 1 && Lexicon.startingWith(cleaned, Lexicon.FLOW_VERBS).isPresent()
                || !shared && cleaned.matches("^新[(（].*")) {
            // "新(改、扩)建中小学校、幼儿园15所": one verb and one number for the whole list: one name
            return List.of(cleaned);
        }
        return shared ? parts : List.of(parts.get(parts.size() - 1));
    }

    /** Splits on 、 outside brackets: 新(改、扩)建公办园 is one item. */
    private static List<String> splitOutsideBrackets(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (c == '、' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Strips separators and padding words (全年, 实现, 预计 …) from the start of a name. */
    static String cleanLeading(String name) {
        String s = name.strip();
        for (boolean changed = true; changed; ) {
            changed = false;
            while (!s.isEmpty() && "、，,。；;：:|)） ".indexOf(s.charAt(0)) >= 0) {
                s = s.substring(1).strip();
                changed = true;
            }
            var filler = Lexicon.startingWith(s, Lexicon.LEADING_FILLERS);
            if (filler.isPresent() && s.equals(filler.get())) {
                s = "";
            } else if (filler.isPresent() && s.length() - filler.get().length() >= 2) {
                // a one-character rest means the word was part of the name: 完成率 stays 完成率
                s = s.substring(filler.get().length()).strip();
                changed = true;
            }
        }
        return s;
    }

    private static String nounAt(String after) {
        if (after.startsWith("“")) {
            int close = after.indexOf('”');
            if (close > 1 && close < 20) {
                return after.substring(0, close + 1); // 新增16个“文化驿站”
            }
        }
        int end = 0;
        while (end < after.length() && end < 20 && NAME_STOPS.indexOf(after.charAt(end)) < 0) {
            end++;
        }
        return after.substring(0, end);
    }

    private static String cut(String s, String suffix) {
        return s.substring(0, s.length() - suffix.length()).strip();
    }

    private static int skipSpaces(String text, int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Replaces the period phrases inside a segment by spaces: "2023年全市实现" names nothing with 2023年. */
    private static String blankPeriods(String segment, int offset, List<PeriodPhrases.Phrase> periods) {
        char[] chars = segment.toCharArray();
        for (PeriodPhrases.Phrase p : periods) {
            for (int i = Math.max(p.start(), offset); i < Math.min(p.end(), offset + chars.length); i++) {
                chars[i - offset] = ' ';
            }
        }
        return new String(chars);
    }
}
