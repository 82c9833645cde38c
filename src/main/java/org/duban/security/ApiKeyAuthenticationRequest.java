package org.duban.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented as a bearer token. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
