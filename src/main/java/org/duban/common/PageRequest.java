package org.duban.common;

/** A validated page request: {@code page ≥ 0}, {@code 1 ≤ size ≤ 200}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** Reads the {@code page} and {@code size} query parameters; a value out of range is a 400 naming it. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "must be 0 or greater");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (p > Integer.MAX_VALUE / s) {
            throw new InvalidRequestException("page", "is beyond the last possible page");
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
