package org.duban.support;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REST Assured filter that holds every response of an operation of the committed OpenAPI document to what the
 * document says of it (status, content type, declared headers, body against its schema), and fails the request's test
 * with every difference it found. Requests outside the document (health, the web pages, Swagger UI) and methods it
 * does not declare (the 405 tests) pass unchecked. Installed for every {@code @QuarkusTest} by
 * {@link ResponsesMatchTheContract}; ITs may add it with {@code given().filter(ContractCheckFilter.INSTANCE)}.
 */
public final class ContractCheckFilter implements OrderedFilter {

    public static final ContractCheckFilter INSTANCE = new ContractCheckFilter();

    private ContractCheckFilter() {
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        Optional<OpenApiContract.Operation> operation = OpenApiContract.committed().operation(request.getMethod(), path);
        if (operation.isEmpty()) {
            return response;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
        }
        byte[] body = response.asByteArray();
        List<String> mismatches = OpenApiContract.committed().mismatches(operation.get(), response.getStatusCode(),
                response.getContentType(), headers, body);
        if (!mismatches.isEmpty() && REPORT_ONLY) {
            report(mismatches);
        } else if (!mismatches.isEmpty()) {
            String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            throw new AssertionError("The response of " + request.getMethod() + " " + request.getURI()
                    + " does not match openapi/openapi.yaml (fix the annotations, or the service):\n  "
                    + String.join("\n  ", mismatches) + "\nbody: " + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text));
        }
        return response;
    }

    /**
     * {@code -Dcontract.check=report} writes mismatches to {@code target/contract-mismatches.txt} instead of failing: to
     * survey a whole run after a large change of the contract. Failing is the default.
     */
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("contract.check"));

    private static synchronized void report(List<String> mismatches) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "contract-mismatches.txt"), mismatches,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Last, so that it sees the response as the test will (after authentication and other filters). */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
