package org.duban.web;

import io.quarkus.security.identity.SecurityIdentity;
import org.duban.security.Roles;

/** Who is looking at a page, as its header shows it, with the CSRF token of the page's forms. */
public record Visitor(String name, boolean signedIn, boolean viewer, boolean editor, String csrfToken) {

    static Visitor of(SecurityIdentity identity, String csrfToken) {
        if (identity == null || identity.isAnonymous()) {
            return new Visitor(null, false, false, false, csrfToken);
        }
        return new Visitor(identity.getPrincipal().getName(), true, identity.hasRole(Roles.VIEWER),
                identity.hasRole(Roles.EDITOR), csrfToken);
    }
}
