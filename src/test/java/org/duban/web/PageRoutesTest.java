package org.duban.web;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/** The pages are Vert.x routes outside the JSON API: their failures are pages, and the API's paths stay the API's. */
@QuarkusTest
class PageRoutesTest {

    @Test
    void shouldAnswerABadIdWithAPageNamingIt() {
        Api.anonymous().get("/plans/abc").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("id"));
        Api.anonymous().get("/units/1?plan=abc").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("plan"));
    }

    @Test
    void shouldAnswerHeadLikeGet() {
        Api.anonymous().head("/login").then().statusCode(200).contentType(containsString("text/html"));
    }

    @Test
    void shouldKeepTheApiOutOfThePagesAndThePagesOutOfTheApi() {
        Api.anonymous().get("/api/v1/login").then().statusCode(404).contentType("application/problem+json");
        Api.anonymous().get("/tasks").then().statusCode(404);
    }
}
