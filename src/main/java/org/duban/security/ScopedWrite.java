package org.duban.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write a reporter may make only on the tasks of its units. The path parameter {@link #param()} names a task,
 * or an indicator of one ({@link #via()}); the check runs before the request body is read, so that a reporter of
 * another unit gets 403 (or 404 for an id that does not exist) whatever it sent.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScopedWrite {

    /** What the path parameter identifies. */
    enum Via { TASK, INDICATOR }

    String param();

    Via via() default Via.TASK;
}
