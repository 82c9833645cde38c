package org.duban.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * RFC 7386 JSON merge patch: members of the patch replace those of the target, {@code null} removes them, objects merge
 * recursively, anything else (arrays included) replaces as a whole. A PATCH is applied to the resource's current
 * request shape and then handled exactly like a PUT, so both share one set of rules.
 */
public final class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {
    }

    /** The top-level members a patch sets or removes; none when it is not an object. */
    public static Set<String> fieldNames(JsonNode patch) {
        Set<String> names = new LinkedHashSet<>();
        if (patch != null && patch.isObject()) {
            patch.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
