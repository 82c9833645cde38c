package org.duban.quantity;

/**
 * CUMULATIVE values are flows summed over a period (investment made, enterprises added) and may be pro-rated over a
 * partial period; POINT_IN_TIME values (rates, shares, averages, stocks, ranks) may not.
 */
public enum Accumulation { CUMULATIVE, POINT_IN_TIME }
