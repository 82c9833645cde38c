package org.duban.common;

/** 404: no resource of that kind with that id (or one the caller may not see). */
public class ResourceNotFoundException extends ProblemException {

    public ResourceNotFoundException(String resource, Object id) {
        super(404, "not-found", "Resource not found", "No " + resource + " with id " + id);
    }
}
