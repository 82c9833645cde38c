package org.duban.task;

import java.time.LocalDate;
import org.duban.assessment.Light;

/** A task as roll-ups read it: what its light needs and where it stands, without its content or units. */
public record TaskRow(Long id, Integer ordinal, TaskStatus status, LocalDate dueDate, Light lightOverride) {
}
