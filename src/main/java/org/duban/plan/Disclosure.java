package org.duban.plan;

/** Whether a plan was proactively published (主动公开) or is for internal use (不予公开 / 依申请公开). */
public enum Disclosure { PUBLIC, INTERNAL }
