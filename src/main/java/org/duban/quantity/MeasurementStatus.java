package org.duban.quantity;

/** How final an actual value is; FINAL beats PRELIMINARY beats ESTIMATED (预计, 有望) for the same period. */
public enum MeasurementStatus {
    ESTIMATED, PRELIMINARY, FINAL
}
