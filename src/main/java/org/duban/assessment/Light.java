package org.duban.assessment;

/** A task's traffic light (亮灯); GREY means there is nothing to judge yet. See {@link TrafficLightRule}. */
public enum Light { GREEN, YELLOW, RED, GREY }
