package org.duban.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Entity tags computed from the JSON a client receives, so that any change it could see (a renamed unit shown inside a
 * task, a new measurement under an indicator) changes the tag, and If-Match compares against exactly that.
 */
@ApplicationScoped
public class EntityTags {

    private final ObjectMapper json;
    private final CurrentVertxRequest currentRequest;

    public EntityTags(ObjectMapper json, CurrentVertxRequest currentRequest) {
        this.json = json;
        this.currentRequest = currentRequest;
    }

    /**
     * Whether the current request's If-None-Match names the tag, by the weak comparison RFC 9110 prescribes for it (a
     * client may send back {@code W/"…"}); then the answer is 304.
     */
    public boolean notModified(EntityTag tag) {
        var rc = currentRequest.getCurrent();
        return rc != null && names(rc.request().getHeader("If-None-Match"), tag.getValue());
    }

    public EntityTag of(Object representation) {
        try {
            return ofJson(json.writeValueAsBytes(representation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot compute an entity tag", e);
        }
    }

    /** The tag of a representation already serialised: the same as {@link #of} gives for the object. */
    public EntityTag ofJson(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot compute an entity tag", e);
        }
    }

    /**
     * Fails with 412 unless {@code ifMatch} (the raw header, possibly a list, possibly weak, possibly {@code *}) names
     * the current representation. A missing header means the client accepts the risk.
     */
    public void requireMatch(String ifMatch, Object currentRepresentation) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentRepresentation).getValue();
        if (!names(ifMatch, current)) {
            throw new PreconditionFailedException("If-Match " + ifMatch + " does not match the current version \""
                    + current + "\"; read the resource again and retry");
        }
    }

    /**
     * Whether an If-Match or If-None-Match header (a list of tags, strong or weak, or {@code *}) names the tag: the weak
     * comparison, which is what If-None-Match uses and what If-Match needs for the tags this service hands out (all
     * strong).
     */
    public static boolean names(String header, String tag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String listed = candidate.strip();
            if (listed.equals("*")) {
                return true;
            }
            if (listed.startsWith("W/")) {
                listed = listed.substring(2);
            }
            if (listed.length() >= 2 && listed.startsWith("\"") && listed.endsWith("\"")) {
                listed = listed.substring(1, listed.length() - 1);
            }
            if (listed.equals(tag)) {
                return true;
            }
        }
        return false;
    }

}
