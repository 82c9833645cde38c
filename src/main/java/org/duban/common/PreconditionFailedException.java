package org.duban.common;

/** 412: the client's If-Match no longer names the current representation, so its write would lose an update. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(412, "precondition-failed", "Precondition failed", detail);
    }
}
