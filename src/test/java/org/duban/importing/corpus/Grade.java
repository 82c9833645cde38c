package org.duban.importing.corpus;

import java.util.List;
import java.util.stream.Stream;

/**
 * The grade of one document, or the sum over several: counts of what the key expects and of what the preview got
 * right, and a line per miss so that a failing run says where to look.
 */
public record Grade(int documents, int refused, int plansRight, int tasks, int tasksFound, int extraTasks,
        int unitsExact, int targets, int targetsExact, int actuals, int actualsFound, int invented,
        List<String> findings) {

    public static final Grade NONE = new Grade(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

    public Grade plus(Grade o) {
        return new Grade(documents + o.documents, refused + o.refused, plansRight + o.plansRight, tasks + o.tasks,
                tasksFound + o.tasksFound, extraTasks + o.extraTasks, unitsExact + o.unitsExact,
                targets + o.targets, targetsExact + o.targetsExact, actuals + o.actuals,
                actualsFound + o.actualsFound, invented + o.invented,
                Stream.concat(findings.stream(), o.findings.stream()).toList());
    }

    /** Share of tasks whose units are exact, in percent (100 when there is nothing to get right). */
    public double unitsExactPercent() {
        return percent(unitsExact, tasks);
    }

    public double targetsExactPercent() {
        return percent(targetsExact, targets);
    }

    public double actualsFoundPercent() {
        return percent(actualsFound, actuals);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }
}
