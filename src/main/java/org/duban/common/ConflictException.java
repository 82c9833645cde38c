package org.duban.common;

/** 409: the request clashes with the current state, e.g. a duplicate natural key or a dependent resource. */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(409, "conflict", "Conflict with the current state", detail);
    }
}
