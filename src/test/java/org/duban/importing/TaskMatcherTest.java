package org.duban.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duban.importing.ImportDraft.TaskDraft;
import org.duban.task.Task;
import org.junit.jupiter.api.Test;

class TaskMatcherTest {

    private static Task task(long id, int ordinal, String content) {
        Task t = new Task();
        t.id = id;
        t.ordinal = ordinal;
        t.content = content;
        return t;
    }

    private static TaskDraft row(int ordinal, String content) {
        return new TaskDraft("第" + ordinal + "行", ordinal, content, LocalDate.of(2023, 12, 31), List.of(), List.of(),
                null);
    }

    @Test
    void shouldMatchByContentBeforeOrdinal() {
        Task a = task(1, 1, "推进工业投资");
        Task b = task(2, 2, "新增个转企200家");
        TaskDraft first = row(1, "新增个转企200家");
        TaskDraft second = row(2, "推进工业投资");

        var matching = TaskMatcher.match(List.of(a, b), List.of(first, second));

        assertThat(matching.byDraft()).containsEntry(first, b).containsEntry(second, a);
        assertThat(matching.ordinals()).containsEntry(first, 1).containsEntry(second, 2);
        assertThat(matching.warnings()).isEmpty();
    }

    @Test
    void shouldIgnoreSpacingAndWidthWhenComparingContent() {
        Task a = task(1, 1, "推进 工业投资（500亿元）");
        TaskDraft row = row(3, "推进工业投资(500亿元)");

        assertThat(TaskMatcher.match(List.of(a), List.of(row)).byDraft()).containsEntry(row, a);
    }

    @Test
    void shouldFallBackToTheOrdinalWhenTheContentChanged() {
        Task a = task(1, 4, "旧的任务内容");
        TaskDraft row = row(4, "改写后的任务内容");

        assertThat(TaskMatcher.match(List.of(a), List.of(row)).byDraft()).containsEntry(row, a);
    }

    @Test
    void shouldLetOneTaskAnswerForOneRowOnly() {
        Task a = task(1, 1, "同一内容");
        TaskDraft first = row(1, "同一内容");
        TaskDraft second = row(2, "同一内容");

        var matching = TaskMatcher.match(List.of(a), List.of(first, second));

        assertThat(matching.byDraft()).containsOnlyKeys(first);
        assertThat(matching.ordinals()).containsEntry(second, 2);
    }

    @Test
    void shouldGiveTheNextFreeOrdinalWhenAnUnlistedTaskHoldsTheWantedOneAndAnotherRowTheCurrentOne() {
        Task unlisted = task(1, 1, "文档未列出的任务");
        Task moved = task(2, 2, "任务甲");
        TaskDraft first = row(1, "任务甲");
        TaskDraft second = row(2, "新任务");

        var matching = TaskMatcher.match(List.of(unlisted, moved), List.of(first, second));

        assertThat(matching.byDraft()).containsOnlyKeys(first).containsEntry(first, moved);
        assertThat(matching.ordinals()).containsEntry(first, 3).containsEntry(second, 2);
        assertThat(matching.warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("序号1已被本计划中另一项任务占用，本任务编为3"));
    }

    @Test
    void shouldLetAMatchedTaskKeepItsOrdinalWhenItsNewOneIsTaken() {
        Task moved = task(1, 5, "任务甲");
        Task unlisted = task(2, 1, "文档未列出的任务");
        TaskDraft row = row(1, "任务甲");

        var matching = TaskMatcher.match(List.of(moved, unlisted), List.of(row));

        assertThat(matching.byDraft()).containsEntry(row, moved);
        assertThat(matching.ordinals()).containsEntry(row, 5);
    }
}
