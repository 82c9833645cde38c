package org.duban.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A revocation holds once it is committed, wherever it was made: the credential caches of this instance trust what
 * they remember only while the security revision in the database is the one they remembered it at. The changes here
 * are written straight to the database, as another instance sharing it would write them, so that nothing local (no
 * service call, no cache eviction) can be what refuses the credential. Only where instances can share the database
 * (PostgreSQL): an embedded H2 database is locked by the one process that opened it, which keeps the revision in
 * memory, so there another writer cannot exist.
 */
@QuarkusTest
class RevocationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    @EnabledIfSystemProperty(named = "quarkus.test.profile", matches = "pg")
    void shouldRefuseARememberedPasswordOnceAnotherInstanceDisabledTheAccount() throws SQLException {
        Api.Account account = Api.createAccount("viewer");
        Api.as(account).get("/api/v1/plans").then().statusCode(200);
        Api.as(account).get("/api/v1/plans").then().statusCode(200);

        asAnotherInstance("update accounts set enabled = false where id = " + account.id());

        Api.as(account).get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @EnabledIfSystemProperty(named = "quarkus.test.profile", matches = "pg")
    void shouldRefuseARememberedApiKeyOnceAnotherInstanceRevokedIt() throws SQLException {
        String key = Api.createApiKey("viewer");
        Api.bearer(key).get("/api/v1/plans").then().statusCode(200);
        Api.bearer(key).get("/api/v1/plans").then().statusCode(200);

        asAnotherInstance("update api_keys set revoked_at = current_timestamp where key_hash = '" + Secrets.sha256(key)
                + "'");

        Api.bearer(key).get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldKeepUsingRememberedCredentialsWhileNothingWasRevoked() throws SQLException {
        Api.Account account = Api.createAccount("viewer");
        String key = Api.createApiKey("viewer");
        Api.as(account).get("/api/v1/plans").then().statusCode(200);
        Api.bearer(key).get("/api/v1/plans").then().statusCode(200);

        // Without the revision moving, what was remembered still counts: the caches are what spare the lookups.
        update("update accounts set enabled = false where id = " + account.id());
        update("update api_keys set revoked_at = current_timestamp where key_hash = '" + Secrets.sha256(key) + "'");
        Api.as(account).get("/api/v1/plans").then().statusCode(200);
        Api.bearer(key).get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    @EnabledIfSystemProperty(named = "quarkus.test.profile", matches = "pg")
    void shouldCheckRememberedCredentialsAgainOnceAnotherInstanceMovedTheRevision() throws SQLException {
        Api.Account account = Api.createAccount("viewer");
        String key = Api.createApiKey("viewer");
        Api.as(account).get("/api/v1/plans").then().statusCode(200);
        Api.bearer(key).get("/api/v1/plans").then().statusCode(200);
        update("update accounts set enabled = false where id = " + account.id());
        update("update api_keys set revoked_at = current_timestamp where key_hash = '" + Secrets.sha256(key) + "'");

        asAnotherInstance("update security_revision set revision = revision where id = 1");
        Api.as(account).get("/api/v1/plans").then().statusCode(401);
        Api.bearer(key).get("/api/v1/plans").then().statusCode(401);
    }

    /** Writes a change and advances the security revision in one transaction, as {@code AccountService} does. */
    private void asAnotherInstance(String change) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(change)) {
                statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "update security_revision set revision = revision + 1 where id = 1")) {
                statement.executeUpdate();
            }
            connection.commit();
        }
    }

    private void update(String change) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(change)) {
            statement.executeUpdate();
        }
    }
}
