package org.duban.quantity;

/** How firmly a target was promised: 确保 or plain → FIRM; 力争 / 争取 → STRETCH. */
public enum Commitment { FIRM, STRETCH }
