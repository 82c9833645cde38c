package org.duban.common;

import java.util.List;

/** 400 raised by our own checks (a query parameter, a reference to a missing unit …), naming the offending field. */
public class InvalidRequestException extends ProblemException {

    private final List<Violation> violations;

    public InvalidRequestException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidRequestException(List<Violation> violations) {
        super(400, "validation", "Invalid request", describe(violations));
        this.violations = List.copyOf(violations);
    }

    static String describe(List<Violation> violations) {
        return violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}
