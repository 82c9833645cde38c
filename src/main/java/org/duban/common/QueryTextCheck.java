package org.duban.common;

import jakarta.ws.rs.core.UriInfo;
import org.duban.config.WellFormedText;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters holding text the database cannot compare or store (the NUL character; unpaired surrogates),
 * with a 400 naming the parameter, before any query is built from them. JSON bodies get the same check when read
 * ({@link WellFormedText}).
 */
public class QueryTextCheck {

    @ServerRequestFilter
    public void check(UriInfo uri) {
        uri.getQueryParameters().forEach((name, values) -> {
            for (String value : values) {
                String problem = WellFormedText.problem(value);
                if (problem != null) {
                    throw new InvalidRequestException(WellFormedText.problem(name) == null ? name : "query", problem);
                }
            }
        });
    }
}
