package org.duban.common;

/** 403: the caller is known but may not do this to this resource (a reporter writing another unit's task). */
public class AccessDeniedException extends ProblemException {

    public AccessDeniedException(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }
}
