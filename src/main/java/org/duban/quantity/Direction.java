package org.duban.quantity;

/** Whether more (ASCENDING, the usual) or less (DESCENDING: energy use, PM2.5) is better. */
public enum Direction { ASCENDING, DESCENDING }
