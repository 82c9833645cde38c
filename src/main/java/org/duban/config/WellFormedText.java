package org.duban.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON strings and refuses two things JSON can carry but the service cannot keep: the NUL character, which
 * PostgreSQL text cannot store, and unpaired surrogates ({@code "\ud800"}), which are not Unicode text and cannot be
 * written back as UTF-8. Refused as a 400 naming the field, instead of failing later in the database or the writer.
 */
public class WellFormedText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null) {
            String problem = problem(text);
            if (problem != null) {
                throw JsonMappingException.from(parser, problem, new IllegalArgumentException(problem));
            }
        }
        return text;
    }

    /** What is wrong with the text, or null when it is well-formed. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (not Unicode text)";
            }
        }
        return null;
    }
}
