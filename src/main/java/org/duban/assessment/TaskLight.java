package org.duban.assessment;

import java.util.Objects;

/** A task's computed traffic light with the reason for it, one Chinese sentence. */
public record TaskLight(Light light, String reason) {

    public TaskLight {
        Objects.requireNonNull(light, "light");
        Objects.requireNonNull(reason, "reason");
    }
}
