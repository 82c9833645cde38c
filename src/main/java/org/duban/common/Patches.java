package org.duban.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;

/** Applies a merge patch to a resource's current request shape and validates the result as a PUT body would be. */
@ApplicationScoped
public class Patches {

    private final ObjectMapper json;
    private final Validator validator;

    public Patches(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidRequestException("", "a merge patch must be a JSON object");
        }
        JsonNode merged = MergePatch.apply(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedJsonException(e);
        }
        var violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /** Carries a Jackson failure out of the patch so that {@link ProblemMapper} can name the field. */
    public static final class UncheckedJsonException extends UncheckedIOException {
        public UncheckedJsonException(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause);
        }

        @Override
        public synchronized JsonProcessingException getCause() {
            return (JsonProcessingException) super.getCause();
        }
    }
}
