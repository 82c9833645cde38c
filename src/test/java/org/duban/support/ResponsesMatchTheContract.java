package org.duban.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every REST Assured response of every {@code @QuarkusTest} is checked against the committed OpenAPI document
 * ({@link ContractCheckFilter}), so that the document cannot drift from what the service answers. Registered in
 * META-INF/services beside {@link AdminByDefault}.
 */
public class ResponsesMatchTheContract implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractCheckFilter.INSTANCE)) {
            RestAssured.filters(ContractCheckFilter.INSTANCE);
        }
    }
}
