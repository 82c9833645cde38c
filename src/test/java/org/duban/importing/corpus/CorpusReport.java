package org.duban.importing.corpus;

import java.util.Locale;
import java.util.Map;

/** Renders grades as a fixed-width table that reads well in CI output. */
public final class CorpusReport {

    private static final String COLUMNS = " %5s %7s %9s %9s %13s %15s %15s %8s%n";

    private CorpusReport() {
    }

    /** One row per group (layout class, format, document …) and a last row for all of them. */
    public static String table(String heading, Map<String, Grade> groups) {
        int width = groups.keySet().stream().mapToInt(String::length).max().orElse(0);
        String row = "%-" + Math.max(width, 4) + "s" + COLUMNS;
        StringBuilder out = new StringBuilder();
        out.append(heading).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, row, "", "docs", "refused", "plan ok", "tasks", "units exact",
                "targets exact", "actuals found", "invented"));
        Grade all = Grade.NONE;
        for (Map.Entry<String, Grade> e : groups.entrySet()) {
            out.append(row(row, e.getKey(), e.getValue()));
            all = all.plus(e.getValue());
        }
        out.append(row(row, "all", all));
        return out.toString();
    }

    private static String row(String format, String name, Grade g) {
        return String.format(Locale.ROOT, format, name, g.documents(), g.refused(), g.plansRight() + "/" + g.documents(),
                g.tasksFound() + "/" + g.tasks() + (g.extraTasks() == 0 ? "" : "+" + g.extraTasks()),
                String.format(Locale.ROOT, "%.0f%% %d/%d", g.unitsExactPercent(), g.unitsExact(), g.tasks()),
                String.format(Locale.ROOT, "%.0f%% %d/%d", g.targetsExactPercent(), g.targetsExact(), g.targets()),
                String.format(Locale.ROOT, "%.0f%% %d/%d", g.actualsFoundPercent(), g.actualsFound(), g.actuals()),
                g.invented());
    }
}
