package org.duban.common;

import java.util.List;

/**
 * A failure that the client can act on, answered as {@code application/problem+json} by {@link ProblemMapper}.
 * Services throw the specific subclasses; resources never build error bodies themselves.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    protected ProblemException(int status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** Stable slug of the problem type, appended to the problem type base URI. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return null;
    }
}
