package org.duban.importing.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.duban.importing.corpus.CorpusKey.ActualKey;
import org.duban.importing.corpus.CorpusKey.Span;
import org.duban.importing.corpus.CorpusKey.TargetKey;
import org.duban.importing.corpus.CorpusKey.TaskKey;
import org.duban.importing.corpus.CorpusPreview.Indicator;
import org.duban.importing.corpus.CorpusPreview.Measurement;
import org.duban.importing.corpus.CorpusPreview.Period;
import org.duban.importing.corpus.CorpusPreview.Task;

/**
 * Grades an import preview against a document's answer key.
 * <ul>
 * <li>a key task is <b>found</b> when an unused preview task's content contains the key's content (whitespace and
 * full-width forms ignored);</li>
 * <li>its <b>units are exact</b> when the LEAD/CO_LEAD names in order equal the key's units and the SUPPORTING names
 * in order equal the key's supporting units (none when the key names none);</li>
 * <li>a key target is <b>exact</b> when one unused target of the task has the same comparator, quantity and period
 * (the plan year when the key gives none);</li>
 * <li>a key actual is <b>found</b> when a measurement of the task has the same quantity and period and, when the key
 * says which target it measures, sits on an indicator whose target has that target's quantity;</li>
 * <li>a preview target or measurement is <b>invented</b> when its number is that of no target (resp. actual) of
 * the key task, optional ones included (a right number with a wrong unit is inexact, not invented); every number on
 * a preview task that matches no key task is invented.</li>
 * </ul>
 */
public final class CorpusGrader {

    private CorpusGrader() {
    }

    /** A document the service refused: everything the key expects is missed. */
    public static Grade refused(CorpusKey key, int status, String detail) {
        int targets = 0;
        int actuals = 0;
        for (TaskKey t : key.tasks()) {
            targets += (int) t.targets().stream().filter(x -> !x.optional()).count();
            actuals += (int) t.actuals().stream().filter(x -> !x.optional()).count();
        }
        return new Grade(1, 1, 0, key.tasks().size(), 0, 0, 0, targets, 0, actuals, 0, 0,
                List.of(key.document() + ": refused with " + status + " " + detail));
    }

    public static Grade grade(CorpusKey key, CorpusPreview preview) {
        String doc = key.document();
        List<String> findings = new ArrayList<>();
        boolean planRight = preview.plan() != null
                && Quantity.text(key.title()).equals(Quantity.text(preview.plan().title()))
                && Integer.valueOf(key.year()).equals(preview.plan().year());
        if (!planRight) {
            findings.add(doc + ": plan " + (preview.plan() == null ? "missing"
                    : "“" + preview.plan().title() + "” " + preview.plan().year())
                    + ", expected “" + key.title() + "” " + key.year());
        }
        Span year = new Span(LocalDate.of(key.year(), 1, 1), LocalDate.of(key.year(), 12, 31));
        Set<Integer> used = new HashSet<>();
        int found = 0, unitsExact = 0, targets = 0, targetsExact = 0, actuals = 0, actualsFound = 0, invented = 0;
        for (TaskKey k : key.tasks()) {
            int nonOptionalTargets = (int) k.targets().stream().filter(t -> !t.optional()).count();
            int nonOptionalActuals = (int) k.actuals().stream().filter(a -> !a.optional()).count();
            targets += nonOptionalTargets;
            actuals += nonOptionalActuals;
            int index = findTask(preview.tasks(), spellings(k.content()), used);
            if (index < 0) {
                findings.add(doc + ": task not found: " + k.content());
                continue;
            }
            used.add(index);
            found++;
            Task task = preview.tasks().get(index);
            String where = doc + " task “" + spellings(k.content()).get(0) + "”";
            if (unitsExact(k, task)) {
                unitsExact++;
            } else {
                findings.add(where + ": units " + names(task, false) + " / " + names(task, true)
                        + ", expected " + k.units() + " / " + k.supporting());
            }
            targetsExact += exactTargets(k, task, year, where, findings);
            actualsFound += foundActuals(k, task, key.actualPeriod() == null ? year : key.actualPeriod(), where,
                    findings);
            invented += invented(k, task, where, findings);
        }
        int extraTasks = 0;
        for (int i = 0; i < preview.tasks().size(); i++) {
            if (!used.contains(i)) {
                Task extra = preview.tasks().get(i);
                extraTasks++;
                findings.add(doc + ": task in no key: " + extra.content());
                invented += invented(new TaskKey(null, List.of(), List.of(), List.of(), List.of()), extra,
                        doc + " extra task", findings);
            }
        }
        return new Grade(1, 0, planRight ? 1 : 0, key.tasks().size(), found, extraTasks, unitsExact, targets,
                targetsExact, actuals, actualsFound, invented, findings);
    }

    private static int findTask(List<Task> tasks, List<String> contents, Set<Integer> used) {
        for (int i = 0; i < tasks.size(); i++) {
            String text = Quantity.text(tasks.get(i).content());
            if (!used.contains(i) && contents.stream().anyMatch(c -> text.contains(Quantity.text(c)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unitsExact(TaskKey k, Task task) {
        return sameNames(k.units(), names(task, false)) && sameNames(k.supporting(), names(task, true));
    }

    private static List<String> names(Task task, boolean supporting) {
        return task.units().stream()
                .filter(u -> "SUPPORTING".equals(u.role()) == supporting)
                .sorted(Comparator.comparing(u -> u.position() == null ? 0 : u.position()))
                .map(u -> u.name())
                .toList();
    }

    private static boolean sameNames(List<JsonNode> expected, List<String> actual) {
        if (expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String name = Quantity.text(actual.get(i));
            if (spellings(expected.get(i)).stream().noneMatch(s -> Quantity.text(s).equals(name))) {
                return false;
            }
        }
        return true;
    }

    /** A name or unit of measure in a key: one string, or a list of equally right spellings. */
    static List<String> spellings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of("");
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
        }
        return List.of(node.asText());
    }

    private static boolean sameQuantity(BigDecimal value, String unit, BigDecimal keyValue,
            JsonNode keyUnit) {
        if (value == null || keyValue == null) {
            return false;
        }
        Quantity q = Quantity.of(value, unit);
        return spellings(keyUnit).stream().anyMatch(u -> Quantity.of(keyValue, u).sameAs(q));
    }

    private static boolean samePeriod(Period p, Span expected, Span year) {
        if (p == null || p.from() == null || p.to() == null) {
            return expected.equals(year);
        }
        return expected.from().equals(p.from()) && expected.to().equals(p.to());
    }

    private static int exactTargets(TaskKey k, Task task, Span year, String where, List<String> findings) {
        Set<Indicator> used = new HashSet<>();
        int exact = 0;
        for (TargetKey t : k.targets()) {
            Span period = t.from() == null ? year : new Span(t.from(), t.to());
            Indicator hit = task.indicators().stream()
                    .filter(i -> !used.contains(i) && i.target() != null)
                    .filter(i -> t.comparator().equals(i.target().comparator())
                            && sameQuantity(i.target().value(), i.target().unit(), t.value(), t.unit())
                            && samePeriod(i.target().period(), period, year))
                    .findFirst().orElse(null);
            if (hit != null) {
                used.add(hit);
                if (!t.optional()) {
                    exact++;
                }
            } else if (!t.optional()) {
                findings.add(where + ": target " + t.comparator() + " " + t.value().toPlainString() + " "
                        + spellings(t.unit()).get(0) + (t.from() == null ? "" : " " + t.from() + "…" + t.to())
                        + " not exact; got " + targetsOf(task));
            }
        }
        return exact;
    }

    private static int foundActuals(TaskKey k, Task task, Span reportPeriod, String where, List<String> findings) {
        int hits = 0;
        for (ActualKey a : k.actuals()) {
            if (a.optional()) {
                continue;
            }
            Span period = a.from() == null ? reportPeriod : new Span(a.from(), a.to());
            TargetKey measured = a.target() == null ? null : k.targets().get(a.target());
            boolean hit = task.indicators().stream()
                    .filter(i -> measured == null || (i.target() != null
                            && sameQuantity(i.target().value(), i.target().unit(), measured.value(), measured.unit())))
                    .flatMap(i -> i.measurements().stream())
                    .anyMatch(m -> sameQuantity(m.value(), m.unit(), a.value(), a.unit())
                            && m.period() != null && period.from().equals(m.period().from())
                            && period.to().equals(m.period().to()));
            if (hit) {
                hits++;
            } else {
                findings.add(where + ": actual " + a.value().toPlainString() + " " + spellings(a.unit()).get(0) + " "
                        + period.from() + "…" + period.to()
                        + (measured == null ? "" : " of target " + measured.value().toPlainString())
                        + " not found; got " + measurementsOf(task));
            }
        }
        return hits;
    }

    private static int invented(TaskKey k, Task task, String where, List<String> findings) {
        int invented = 0;
        for (Indicator i : task.indicators()) {
            if (i.target() != null && k.targets().stream()
                    .noneMatch(t -> sameNumber(i.target().value(), i.target().unit(), t.value(), t.unit()))) {
                invented++;
                findings.add(where + ": INVENTED target " + i.target().comparator() + " " + plain(i.target().value())
                        + " " + i.target().unit() + " from “" + i.target().sourceText() + "”");
            }
            for (Measurement m : i.measurements()) {
                if (k.actuals().stream().noneMatch(a -> sameNumber(m.value(), m.unit(), a.value(), a.unit()))) {
                    invented++;
                    findings.add(where + ": INVENTED actual " + plain(m.value()) + " " + m.unit() + " from “"
                            + m.sourceText() + "”");
                }
            }
        }
        return invented;
    }

    /**
     * The number of the key, whatever its unit: the right number with a wrong or partial unit (300 元 for 每人每月300元)
     * is inexact, not invented. Compared as written and with the magnitude of the unit applied (2 万人 = 20000 人).
     */
    private static boolean sameNumber(BigDecimal value, String unit, BigDecimal keyValue,
            JsonNode keyUnit) {
        if (value == null || keyValue == null) {
            return false;
        }
        if (value.compareTo(keyValue) == 0) {
            return true;
        }
        BigDecimal scaled = Quantity.of(value, unit).value();
        return spellings(keyUnit).stream().anyMatch(u -> Quantity.of(keyValue, u).value().compareTo(scaled) == 0);
    }

    private static String targetsOf(Task task) {
        return task.indicators().stream().filter(i -> i.target() != null)
                .map(i -> i.target().comparator() + " " + plain(i.target().value()) + " " + i.target().unit()
                        + (i.target().period() == null ? "" : " " + i.target().period().from() + "…"
                                + i.target().period().to()))
                .toList().toString();
    }

    private static String measurementsOf(Task task) {
        return task.indicators().stream().flatMap(i -> i.measurements().stream())
                .map(m -> plain(m.value()) + " " + m.unit()
                        + (m.period() == null ? "" : " " + m.period().from() + "…" + m.period().to()))
                .toList().toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "null" : v.toPlainString();
    }
}
