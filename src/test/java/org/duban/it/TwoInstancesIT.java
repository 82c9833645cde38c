package org.duban.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service on one PostgreSQL database stay consistent: an If-Match race across them has
 * one winner, a unit name or a document sent to both at once is stored once, a document previewed on the import page
 * of one is committed on the other, and a revocation answered by one is refused by the other at once. Skipped on H2,
 * which is single-process: an embedded database belongs to one instance.
 */
class TwoInstancesIT {

    private static final int ROUNDS = 5;
    private static final String PASSWORD = "two-instances-Passw0rd";

    private static ServiceProcess a;
    private static ServiceProcess b;

    @BeforeAll
    static void startBoth() {
        Assumptions.assumeTrue(ServiceProcess.postgres(),
                "H2 is single-process: two instances cannot share one embedded database (run with -Dtest.profile=pg)");
        a = ServiceProcess.start(ServiceProcess.Options.defaults());
        b = a.startAnother();
    }

    @AfterAll
    static void stopBoth() {
        if (a != null) {
            a.close();
        }
    }

    @Test
    void shouldLetExactlyOneOfTwoConditionalWritesAcrossInstancesWin() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String region = region();
            long plan = admin(a).contentType(ContentType.JSON).body(Map.of("title", "任务清单", "year", 2023,
                            "region", region, "disclosure", "PUBLIC"))
                    .post("/api/v1/plans").then().statusCode(201).extract().jsonPath().getLong("id");
            String etag = admin(b).get("/api/v1/plans/" + plan).then().statusCode(200).extract().header("ETag");

            List<Integer> statuses = together(instance -> admin(instance).contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(Map.of("title", "任务清单 " + instance.port(), "year", 2023, "region", region,
                            "disclosure", "PUBLIC"))
                    .put("/api/v1/plans/" + plan).statusCode());

            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        }
    }

    @Test
    void shouldStoreOneUnitWhenBothInstancesCreateTheSameNameAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String region = region();
            List<Integer> statuses = together(instance -> admin(instance).contentType(ContentType.JSON)
                    .body(Map.of("name", "市经信局", "region", region, "kind", "MUNICIPAL_DEPARTMENT"))
                    .post("/api/v1/units").statusCode());

            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            admin(a).queryParam("region", region).get("/api/v1/units").then().statusCode(200)
                    .body("totalItems", equalTo(1));
        }
    }

    @Test
    void shouldImportOnePlanWhenBothInstancesReceiveTheSameDocumentAtOnce() throws Exception {
        byte[] document = Files.readAllBytes(Path.of("src/main/resources/seed/2023-zhoushan-completion-table.txt"));
        for (int round = 0; round < 3; round++) {
            String region = region();
            List<Response> answers = together(instance -> admin(instance)
                    .contentType("text/plain; charset=utf-8").body(document)
                    .queryParam("region", region).post("/api/v1/imports"));

            List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
            assertThat(statuses).as("one import, the other its replay or a conflict: %s",
                    answers.stream().map(Response::asString).toList()).contains(201).allMatch(s -> s < 500);
            admin(a).queryParam("region", region).get("/api/v1/plans").then().statusCode(200)
                    .body("totalItems", equalTo(1));
            long plan = admin(a).queryParam("region", region).get("/api/v1/plans").then().extract().jsonPath()
                    .getLong("items[0].id");
            admin(b).queryParam("plan", plan).get("/api/v1/tasks").then().statusCode(200)
                    .body("totalItems", equalTo(12));
        }
    }

    @Test
    void shouldCommitOnOneInstanceADocumentPreviewedOnTheOther() throws Exception {
        byte[] document = Files.readAllBytes(Path.of("src/main/resources/seed/2023-zhoushan-completion-table.txt"));
        String region = region();
        String token = "B".repeat(43);  // the form token is the cookie's double: no instance has to know it
        String preview = admin(a).cookie("duban-csrf", token).multiPart("csrf-token", token)
                .multiPart(new MultiPartSpecBuilder(region).controlName("region")
                        .charset(StandardCharsets.UTF_8).build())
                .multiPart("file", "完成情况表.txt", document, "text/plain")
                .post("/import/preview").then().statusCode(200).extract().asString();
        Matcher pending = Pattern.compile("name=\"pending\" value=\"([^\"]+)\"").matcher(preview);
        assertThat(pending.find()).as("the preview's commit form").isTrue();

        admin(b).cookie("duban-csrf", token).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("pending", pending.group(1)).post("/import/commit").then()
                .statusCode(201);
        admin(a).queryParam("region", region).get("/api/v1/plans").then().statusCode(200)
                .body("totalItems", equalTo(1));
        // Committed once: the instance that showed the preview no longer has it either.
        admin(a).cookie("duban-csrf", token).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("pending", pending.group(1)).post("/import/commit").then()
                .statusCode(400);
    }

    @Test
    void shouldRefuseADisabledAccountOnTheOtherInstanceOnceTheAnswerCame() {
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        long id = admin(a).contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD,
                        "roles", List.of("viewer"), "unitIds", List.of()))
                .post("/api/v1/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        // Signed in on B, which now remembers the password.
        basic(b, username, PASSWORD).get("/api/v1/plans").then().statusCode(200);
        basic(b, username, PASSWORD).get("/api/v1/plans").then().statusCode(200);

        admin(a).contentType("application/merge-patch+json").body(Map.of("enabled", false))
                .patch("/api/v1/accounts/" + id).then().statusCode(200);

        basic(b, username, PASSWORD).get("/api/v1/plans").then().statusCode(401);
        basic(a, username, PASSWORD).get("/api/v1/plans").then().statusCode(401);
    }

    @Test
    void shouldRefuseAnOldPasswordOnTheOtherInstanceOnceTheAnswerCame() {
        String username = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        long id = admin(b).contentType(ContentType.JSON).body(Map.of("username", username, "password", PASSWORD,
                        "roles", List.of("viewer"), "unitIds", List.of()))
                .post("/api/v1/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        basic(a, username, PASSWORD).get("/api/v1/plans").then().statusCode(200);

        admin(b).contentType("application/merge-patch+json").body(Map.of("password", "a-new-" + PASSWORD))
                .patch("/api/v1/accounts/" + id).then().statusCode(200);

        basic(a, username, PASSWORD).get("/api/v1/plans").then().statusCode(401);
        basic(a, username, "a-new-" + PASSWORD).get("/api/v1/plans").then().statusCode(200);
    }

    @Test
    void shouldRefuseARevokedApiKeyOnTheOtherInstanceOnceTheAnswerCame() {
        var created = admin(a).contentType(ContentType.JSON).body(Map.of("name", "省督查平台同步", "role", "viewer"))
                .post("/api/v1/api-keys").then().statusCode(201).extract().jsonPath();
        String key = created.getString("key");
        given().baseUri(b.baseUrl()).header("Authorization", "Bearer " + key).get("/api/v1/plans").then()
                .statusCode(200);
        given().baseUri(b.baseUrl()).header("Authorization", "Bearer " + key).get("/api/v1/plans").then()
                .statusCode(200);

        admin(a).delete("/api/v1/api-keys/" + created.getLong("id")).then().statusCode(204);

        given().baseUri(b.baseUrl()).header("Authorization", "Bearer " + key).get("/api/v1/plans").then()
                .statusCode(401);
    }

    private static RequestSpecification admin(ServiceProcess instance) {
        return basic(instance, ServiceProcess.ADMIN, ServiceProcess.ADMIN_PASSWORD);
    }

    private static RequestSpecification basic(ServiceProcess instance, String username, String password) {
        return given().baseUri(instance.baseUrl()).auth().preemptive().basic(username, password);
    }

    private static String region() {
        return "双实例市" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Sends one request to each instance, released at the same moment; the answers in the order A, B. */
    private static <T> List<T> together(Function<ServiceProcess, T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (ServiceProcess instance : List.of(a, b)) {
                Callable<T> call = () -> {
                    start.await();
                    return request.apply(instance);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<T> result = new ArrayList<>();
            for (Future<T> answer : answers) {
                result.add(answer.get(2, TimeUnit.MINUTES));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }
}
