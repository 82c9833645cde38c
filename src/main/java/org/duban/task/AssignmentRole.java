package org.duban.task;

/** A unit's role on a task: the first listed lead unit, the other lead units (牵头), or a supporting unit (配合). */
public enum AssignmentRole { LEAD, CO_LEAD, SUPPORTING }
