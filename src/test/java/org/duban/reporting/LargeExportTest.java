package org.duban.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.duban.support.Api;
import org.duban.support.DemoDataAndSmallCacheProfile;
import org.duban.support.SeedPlan;
import org.duban.support.Statements;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * An export larger than an eighth of the cache's bound is not kept, so that a few large files cannot push out the
 * JSON every poller reads; it is written again for each request, and still answered 304 when its hash matches.
 */
@QuarkusTest
// A cache of 8 KiB: an export above 1 KiB is not kept.
@TestProfile(DemoDataAndSmallCacheProfile.class)
class LargeExportTest {

    @Inject
    SessionFactory sessionFactory;

    /** Statements the second of two identical requests runs. */
    private long statementsOfARepeat(String path) {
        given().queryParam("format", "csv").get(path).then().statusCode(200);
        return Statements.count(sessionFactory,
                () -> given().queryParam("format", "csv").get(path).then().statusCode(200));
    }

    @Test
    void shouldWriteALargeExportForEachRequestAndKeepASmallOne() {
        String small = "/api/v1/plans/" + Api.createPlan(Api.newRegion(), 2023) + "/export";
        String large = "/api/v1/plans/" + new SeedPlan().plan + "/export";
        assertThat(given().queryParam("format", "csv").get(small).then().extract().asByteArray()).hasSizeLessThan(1024);
        assertThat(given().queryParam("format", "csv").get(large).then().extract().asByteArray())
                .hasSizeGreaterThan(1024);

        long kept = statementsOfARepeat(small);
        long writtenAgain = statementsOfARepeat(large);
        assertThat(writtenAgain).as("statements of a repeated large export").isGreaterThan(kept);

        String tag = given().queryParam("format", "csv").get(large).then().statusCode(200).extract().header("ETag");
        given().queryParam("format", "csv").header("If-None-Match", tag).get(large).then().statusCode(304);
    }
}
