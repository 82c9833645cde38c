package org.duban.common;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * Who made a change, for the "who" kept beside manual verdicts and overrides: the authenticated caller (a username, or
 * an API key's name), so that a client cannot claim another name. Those writes need the editor role, so a caller is
 * always authenticated there; the name the request gives and {@code anonymous} remain only as fallbacks.
 */
public final class Actors {

    public static final String ANONYMOUS = "anonymous";
    public static final int MAX_LENGTH = 100;

    private Actors() {
    }

    public static String name(SecurityContext security, String claimed) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return truncate(principal.getName().strip());
        }
        if (claimed != null && !claimed.isBlank()) {
            return truncate(claimed.strip());
        }
        return ANONYMOUS;
    }

    private static String truncate(String name) {
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }
}
