package org.duban.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.duban.importing.extract.ExtractedIndicator;
import org.duban.plan.Disclosure;
import org.duban.task.AssignmentRole;

/**
 * What a document says, read and interpreted but not yet matched against the database: the plan, its tasks with the
 * units as written, the indicators extracted from the text, and the warnings a person should read.
 */
public record ImportDraft(PlanDraft plan, List<TaskDraft> tasks, List<ImportWarning> warnings) {

    /** The plan as the document describes it. */
    public record PlanDraft(String title, int year, String region, Disclosure disclosure, String issuer,
            LocalDate publishedOn, Instant publishedAt, String documentNumber, String sourceText) {
    }

    /** One row of the table: a task. */
    public record TaskDraft(String location, int ordinal, String content, LocalDate dueDate,
            List<AssignmentDraft> units, List<ExtractedIndicator> indicators, String progressText) {
    }

    /** A unit named in a row, in the row's order. */
    public record AssignmentDraft(String name, AssignmentRole role, int position, List<String> divisions) {
    }
}
