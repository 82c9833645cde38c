package org.duban.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database: a write on one is seen by the next read on the other, with a new ETag,
 * although each serves representations from its own memory (the data revision lives in the database).
 */
class ReadModelTwoInstancesIT {

    @Test
    void shouldShowAWriteOnOneInstanceOnTheOthersNextRead() {
        Assumptions.assumeTrue(ServiceProcess.postgres(), "two instances share a database only on PostgreSQL");
        try (ServiceProcess a = ServiceProcess.start(ServiceProcess.Options.defaults())) {
            ServiceProcess b = a.startAnother();
            long plan = create(a, "/api/v1/plans", Map.of("title", "2024年市政府工作报告任务清单", "year", 2024,
                    "region", "舟山市", "disclosure", "PUBLIC"));
            long unit = create(a, "/api/v1/units", Map.of("name", "市经信局", "region", "舟山市",
                    "kind", "MUNICIPAL_DEPARTMENT"));
            long task = create(a, "/api/v1/tasks", Map.of("planId", plan, "ordinal", 1, "content", "实现工业投资500亿元以上",
                    "units", List.of(Map.of("unitId", unit, "role", "LEAD"))));
            long indicator = create(a, "/api/v1/tasks/" + task + "/indicators", Map.of("name", "工业投资",
                    "kind", "LEVEL", "target", Map.of("comparator", "GTE", "value", 500, "unit", "亿元")));

            String taskTag = given().baseUri(b.baseUrl()).get("/api/v1/tasks/" + task).then().statusCode(200)
                    .body("light", equalTo("GREY")).extract().header("ETag");
            String summaryTag = given().baseUri(b.baseUrl()).get("/api/v1/plans/" + plan + "/summary").then()
                    .statusCode(200).body("tasksByLight.GREY", equalTo(1)).extract().header("ETag");
            given().baseUri(b.baseUrl()).header("If-None-Match", taskTag).get("/api/v1/tasks/" + task).then()
                    .statusCode(304);

            create(a, "/api/v1/indicators/" + indicator + "/measurements", Map.of("value", 300, "unit", "亿元",
                    "status", "FINAL", "period", Map.of("from", "2024-01-01", "to", "2024-12-31")));

            String newTaskTag = given().baseUri(b.baseUrl()).header("If-None-Match", taskTag)
                    .get("/api/v1/tasks/" + task).then().statusCode(200)
                    .body("light", equalTo("RED")).extract().header("ETag");
            String newSummaryTag = given().baseUri(b.baseUrl()).get("/api/v1/plans/" + plan + "/summary").then()
                    .statusCode(200).body("tasksByLight.RED", equalTo(1))
                    .body("indicatorsByVerdict.NOT_MET", equalTo(1)).extract().header("ETag");
            assertThat(newTaskTag).isNotEqualTo(taskTag);
            assertThat(newSummaryTag).isNotEqualTo(summaryTag);
            given().baseUri(b.baseUrl()).get("/api/v1/indicators/" + indicator).then().statusCode(200)
                    .body("effectiveVerdict", equalTo("NOT_MET"));
        }
    }

    private static RequestSpecification admin(ServiceProcess service) {
        return given().baseUri(service.baseUrl()).auth().preemptive()
                .basic(ServiceProcess.ADMIN, ServiceProcess.ADMIN_PASSWORD);
    }

    private static long create(ServiceProcess service, String path, Map<String, Object> body) {
        return admin(service).contentType(ContentType.JSON).body(body).post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }
}
