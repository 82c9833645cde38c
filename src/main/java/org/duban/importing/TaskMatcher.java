package org.duban.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.importing.ImportDraft.TaskDraft;
import org.duban.importing.table.TextNormalizer;
import org.duban.task.Task;

/**
 * Pairs a document's rows with the tasks a plan already has, and decides the ordinal each row's task ends with. Pure:
 * it reads the tasks it is given and changes none of them.
 */
final class TaskMatcher {

    /** The task each row updates (absent: a new task), the ordinal each row's task gets, and why one was moved. */
    record Matching(Map<TaskDraft, Task> byDraft, Map<TaskDraft, Integer> ordinals, List<ImportWarning> warnings) {
    }

    private TaskMatcher() {
    }

    static Matching match(List<Task> existing, List<TaskDraft> drafts) {
        Map<TaskDraft, Task> byDraft = pair(existing, drafts);
        List<ImportWarning> warnings = new java.util.ArrayList<>();
        Map<TaskDraft, Integer> ordinals = ordinals(drafts, existing, byDraft, warnings);
        return new Matching(byDraft, ordinals, List.copyOf(warnings));
    }

    /** Same content (compared compactly) first, then same ordinal; a task answers for one row at most. */
    private static Map<TaskDraft, Task> pair(List<Task> existing, List<TaskDraft> drafts) {
        Map<String, Task> byContent = new HashMap<>();
        Map<Integer, Task> byOrdinal = new HashMap<>();
        existing.forEach(t -> {
            byContent.putIfAbsent(TextNormalizer.compact(t.content), t);
            byOrdinal.put(t.ordinal, t);
        });
        Map<TaskDraft, Task> byDraft = new LinkedHashMap<>();
        Set<Task> taken = new HashSet<>();
        List<TaskDraft> unmatched = new java.util.ArrayList<>();
        for (TaskDraft d : drafts) {
            Task t = byContent.get(TextNormalizer.compact(d.content()));
            if (t != null && taken.add(t)) {
                byDraft.put(d, t);
            } else {
                unmatched.add(d);
            }
        }
        for (TaskDraft d : unmatched) {
            Task t = byOrdinal.get(d.ordinal());
            if (t != null && taken.add(t)) {
                byDraft.put(d, t);
            }
        }
        return byDraft;
    }

    /**
     * The ordinal each row's task ends with: the row's 序号, unless a task the document does not list holds it; then a
     * matched task keeps the ordinal it has (so that importing the same table again changes nothing), and a new one
     * takes the next free number.
     */
    private static Map<TaskDraft, Integer> ordinals(List<TaskDraft> drafts, List<Task> existing,
            Map<TaskDraft, Task> byDraft, List<ImportWarning> warnings) {
        Set<Integer> taken = existing.stream().filter(t -> !byDraft.containsValue(t)).map(t -> t.ordinal)
                .collect(Collectors.toCollection(HashSet::new));
        Set<Integer> wanted = drafts.stream().map(TaskDraft::ordinal).collect(Collectors.toSet());
        int nextFree = Math.max(drafts.stream().mapToInt(TaskDraft::ordinal).max().orElse(0),
                existing.stream().mapToInt(t -> t.ordinal).max().orElse(0)) + 1;
        Map<TaskDraft, Integer> result = new HashMap<>();
        for (TaskDraft d : drafts) {
            int ordinal = d.ordinal();
            if (taken.contains(ordinal)) {
                Task task = byDraft.get(d);
                boolean keepCurrent = task != null && !taken.contains(task.ordinal) && !wanted.contains(task.ordinal);
                ordinal = keepCurrent ? task.ordinal : nextFree++;
                warnings.add(ImportWarning.at(d.location(), "序号" + d.ordinal() + "已被本计划中另一项任务占用，本任务编为"
                        + ordinal));
            }
            taken.add(ordinal);
            result.put(d, ordinal);
        }
        return result;
    }
}
