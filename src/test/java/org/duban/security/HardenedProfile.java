package org.duban.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Production-like security settings switched on purely by configuration: OIDC bearer tokens verified with a local
 * public key (no server), roles read from a custom claim, a low sign-in lockout threshold, and CORS open to one
 * dashboard origin.
 */
public class HardenedProfile implements QuarkusTestProfile {

    public static final String ISSUER = "https://sso.example.gov.cn/realms/duban";
    public static final String DASHBOARD = "https://dashboard.zhoushan.example.gov.cn";
    public static final int MAX_FAILURES = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.public-key", publicKey(),
                "quarkus.oidc.token.issuer", ISSUER,
                "quarkus.oidc.roles.role-claim-path", "duban_roles",
                "duban.security.lockout.max-failures", String.valueOf(MAX_FAILURES),
                "quarkus.http.cors.enabled", "true",
                "quarkus.http.cors.origins", DASHBOARD));
        if (!"pg".equals(System.getProperty("quarkus.test.profile"))) {
            // An in-memory H2 database of its own: one left by another profile's run in this JVM is not reusable.
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:duban-hardened;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        return config;
    }

    private static String publicKey() {
        try (InputStream in = HardenedProfile.class.getClassLoader().getResourceAsStream("oidc/public-key.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
