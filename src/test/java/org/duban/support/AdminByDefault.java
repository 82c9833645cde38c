package org.duban.support;

import io.restassured.RestAssured;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Every {@code @QuarkusTest} request is sent as the test admin unless it says otherwise: tests written before access
 * control keep working unchanged, and a test of anonymous access states it with {@code .auth().none()} (see
 * {@link Api#anonymous()}). Registered in META-INF/services.
 */
public class AdminByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(Api.ADMIN, Api.ADMIN_PASSWORD);
    }
}
