package org.duban.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.support.Api;
import org.duban.support.SeedPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The supervision pages over real HTTP: HTML in Chinese, the API's data and visibility, filters, charts' assets. */
@QuarkusTest
class SupervisionPagesTest {

    private static SeedPlan seed;

    @BeforeEach
    void seed() {
        if (seed == null) {
            seed = new SeedPlan();
        }
    }

    @Test
    void shouldShowPublicPlanOverviewInChineseToAnonymousVisitors() {
        String html = Api.anonymous().get("/plans/" + seed.plan).then().statusCode(200)
                .contentType(containsString("text/html")).header("Content-Type", containsString("UTF-8"))
                .extract().asString();
        assertThat(html).contains("<html lang=\"zh-CN\">", "<main id=\"main\">", "2023年市政府工作报告完成情况表",
                "<th scope=\"col\">序号</th>", "<th scope=\"col\">牵头单位</th>", "市经信局", "工业投资",
                "500亿元以上", "510亿元以上（1-12月，预计）", "预计完成");
        assertThat(rows(html)).isEqualTo(8);
        // The light counts are the API's summary.
        int green = Api.anonymous().get("/api/v1/plans/" + seed.plan + "/summary").then().statusCode(200)
                .extract().jsonPath().getInt("tasksByLight.GREEN");
        assertThat(html).containsPattern("light-GREEN\">绿灯</span></th><td>" + green + "</td>");
    }

    @Test
    void shouldFilterTasksByLightUnitVerdictAndText() {
        String red = Api.anonymous().get("/plans/" + seed.plan + "?light=RED").then().statusCode(200).extract().asString();
        assertThat(rows(red)).isEqualTo(1);
        assertThat(red).contains("data-light=\"RED\"").doesNotContain("data-light=\"GREEN\"");

        long ndrc = seed.units.get("市发改委");
        String unit = Api.anonymous().get("/plans/" + seed.plan + "?unit=" + ndrc).then().statusCode(200).extract()
                .asString();
        // The API's unit filter: task 8 (co-led) and task 13 (led).
        int apiCount = Api.anonymous().get("/api/v1/tasks?plan=" + seed.plan + "&unit=" + ndrc).then().statusCode(200)
                .extract().jsonPath().getInt("totalItems");
        assertThat(rows(unit)).isEqualTo(apiCount).isEqualTo(2);

        String exceeded = Api.anonymous().get("/plans/" + seed.plan + "?verdict=EXCEEDED").then().statusCode(200)
                .extract().asString();
        assertThat(rows(exceeded)).isEqualTo(1);
        assertThat(exceeded).contains("新增个转企");

        String search = Api.anonymous().get("/plans/" + seed.plan + "?q=工业投资").then().statusCode(200).extract()
                .asString();
        assertThat(rows(search)).isEqualTo(1);
    }

    @Test
    void shouldRefuseUnknownFilterValuesAsAPage() {
        Api.anonymous().get("/plans/" + seed.plan + "?light=PURPLE").then().statusCode(400)
                .contentType(containsString("text/html")).body(containsString("light"));
    }

    @Test
    void shouldShowIndicatorTargetActualVerdictAndExplanationAsTheApiDoes() {
        long id = seed.indicators.get("工业投资");
        String explanation = Api.anonymous().get("/api/v1/indicators/" + id).then().statusCode(200).extract()
                .jsonPath().getString("assessment.explanation");
        String html = Api.anonymous().get("/indicators/" + id).then().statusCode(200).extract().asString();
        assertThat(html).contains("500亿元以上", "510亿元以上", "LIKELY_MET", "预计完成", explanation,
                "<script type=\"application/json\" id=\"chart-data\">");
        assertThat(html).contains("\"target\":500", "\"actual\":510");
    }

    @Test
    void shouldShowUnitRankingToEveryoneAndScorecardToSignedInPeople() {
        long unit = seed.units.get("市经信局");
        String anonymous = Api.anonymous().get("/units/" + unit + "?plan=" + seed.plan).then().statusCode(200).extract()
                .asString();
        assertThat(anonymous).contains("单位：市经信局", "本计划牵头单位排名", "登录</a> 后查看");
        String admin = given().get("/units/" + unit + "?plan=" + seed.plan).then().statusCode(200).extract().asString();
        assertThat(admin).contains("项牵头任务").doesNotContain("登录</a> 后查看");
    }

    @Test
    void shouldHideInternalPlansFromAnonymousVisitorsLikeTheApi() {
        long internal = Api.createPlan(Api.newRegion(), 2023, "INTERNAL", "内部督办清单");
        Api.anonymous().get("/plans/" + internal).then().statusCode(404).contentType(containsString("text/html"))
                .body(not(containsString("内部督办清单")));
        Api.anonymous().get("/api/v1/plans/" + internal).then().statusCode(404);
        given().get("/plans/" + internal).then().statusCode(200).body(containsString("内部督办清单"));
        Api.anonymous().get("/").then().statusCode(200).body(not(containsString("内部督办清单")));
    }

    @Test
    void shouldSendAnonymousVisitorsOfTheImportPageToSignIn() {
        Api.anonymous().redirects().follow(false).get("/import").then().statusCode(303)
                .header("Location", endsWith("/login"));
        Api.anonymous().get("/login").then().statusCode(200).body(containsString("lang=\"zh-CN\""))
                .body(containsString("name=\"j_username\"")).body(containsString("<label for=\"password\">密码</label>"));
    }

    @Test
    void shouldRefuseTheImportPageToViewers() {
        Api.as(Api.createAccount("viewer")).get("/import").then().statusCode(403)
                .contentType(containsString("text/html"));
    }

    @Test
    void shouldRefuseAFormPostWithoutItsCsrfToken() {
        given().multiPart("region", "舟山市").multiPart("file", "t.txt", "任务内容 | 牵头单位 |".getBytes(), "text/plain")
                .post("/import/preview").then().statusCode(403).body(containsString("表单已失效"));
        given().cookie(FormTokens.COOKIE, token()).multiPart("csrf-token", token().replace('A', 'B'))
                .multiPart("region", "舟山市").multiPart("file", "t.txt", "x".getBytes(), "text/plain")
                .post("/import/preview").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParam("csrf-token", "x").post("/logout").then()
                .statusCode(403);
    }

    @Test
    void shouldPreviewThenCommitAnUploadedDocument() throws IOException {
        String region = Api.newRegion();
        String token = token();
        Response preview = given().cookie(FormTokens.COOKIE, token).multiPart("csrf-token", token)
                .multiPart(text("region", region)).multiPart("file", "完成情况表.txt", seedDocument(), "text/plain")
                .post("/import/preview");
        preview.then().statusCode(200).contentType(containsString("text/html"));
        String html = preview.asString();
        assertThat(html).contains("这是预览，尚未写入任何数据", "2023年市政府工作报告完成情况表", "<mark>500</mark>",
                "<mark>510</mark>", "任务（12 项）");
        // Nothing written yet: the region has no plan.
        given().get("/api/v1/plans?region=" + region).then().body("totalItems", equalTo(0));

        Matcher pending = Pattern.compile("name=\"pending\" value=\"([^\"]+)\"").matcher(html);
        assertThat(pending.find()).isTrue();
        String result = given().cookie(FormTokens.COOKIE, token).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("pending", pending.group(1)).post("/import/commit").then()
                .statusCode(201).extract().asString();
        long plan = given().get("/api/v1/plans?region=" + region).then().body("totalItems", equalTo(1)).extract()
                .jsonPath().getLong("items[0].id");
        assertThat(result).contains("导入完成", "href=\"/plans/" + plan + "\"");
        // The preview is committed once only.
        given().cookie(FormTokens.COOKIE, token).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).formParam("pending", pending.group(1)).post("/import/commit").then()
                .statusCode(400).body(containsString("预览已过期或已导入"));
    }

    @Test
    void shouldSignInWithAFormAndKeepTheSessionInAHardenedCookie() {
        Api.Account editor = Api.createAccount("editor");
        Response signIn = Api.anonymous().redirects().follow(false).header("Origin", baseOrigin())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", editor.username())
                .formParam("j_password", Api.PASSWORD).post("/j_security_check");
        signIn.then().statusCode(302);
        String setCookie = signIn.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("duban-session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String session = signIn.getCookie("duban-session");

        String page = Api.anonymous().cookie("duban-session", session).get("/import").then().statusCode(200)
                .body(containsString("已登录：" + editor.username())).extract().asString();

        // Signing out ends the session cookie.
        Matcher csrf = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        Response signOut = Api.anonymous().redirects().follow(false).cookie("duban-session", session)
                .cookie(FormTokens.COOKIE, csrf.group(1)).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", csrf.group(1)).post("/logout");
        signOut.then().statusCode(303);
        assertThat(signOut.headers().getValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("duban-session=").containsIgnoringCase("Max-Age=0"));
        // The session does not open the JSON API's writes by itself: Basic and API keys stay what the API takes.
        Api.anonymous().get("/api/v1/plans?size=1").then().statusCode(200);
    }

    @Test
    void shouldEndTheSessionOfAnAccountDisabledSinceSignIn() {
        Api.Account editor = Api.createAccount("editor");
        String session = Api.anonymous().redirects().follow(false).header("Origin", baseOrigin())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", editor.username())
                .formParam("j_password", Api.PASSWORD).post("/j_security_check").then().statusCode(302).extract()
                .cookie("duban-session");
        Api.anonymous().cookie("duban-session", session).get("/import").then().statusCode(200);

        given().contentType(Api.MERGE_PATCH).body("{\"enabled\": false}").patch("/api/v1/accounts/" + editor.id())
                .then().statusCode(200);

        Response importPage = Api.anonymous().redirects().follow(false).cookie("duban-session", session).get("/import");
        importPage.then().statusCode(303).header("Location", endsWith("/login"));
        assertThat(importPage.headers().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("duban-session=").containsIgnoringCase("Max-Age=0"));
        Api.anonymous().redirects().follow(false).cookie("duban-session", session).get("/plans/" + seed.plan).then()
                .statusCode(303).header("Location", endsWith("/plans/" + seed.plan));
    }

    @Test
    void shouldRefuseASignInPostedFromAnotherSite() {
        Api.anonymous().redirects().follow(false).header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", Api.ADMIN)
                .formParam("j_password", Api.ADMIN_PASSWORD).post("/j_security_check").then().statusCode(403)
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldSendAWrongPasswordBackToTheSignInPage() {
        Api.Account viewer = Api.createAccount("viewer");
        Api.anonymous().redirects().follow(false).header("Origin", baseOrigin())
                .contentType("application/x-www-form-urlencoded").formParam("j_username", viewer.username())
                .formParam("j_password", "wrong-password-123").post("/j_security_check").then().statusCode(302)
                .header("Location", containsString("/login?error=true"));
    }

    @Test
    void shouldKeepJsonApiAnswersProblemsNotRedirects() {
        Api.anonymous().redirects().follow(false).contentType("application/json").body("{}").post("/api/v1/plans")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void shouldServeEchartsLocallyAndCompressed() {
        Api.anonymous().header("Accept-Encoding", "gzip").get(Assets.echarts).then().statusCode(200)
                .contentType(containsString("javascript")).header("Content-Encoding", "gzip");
        Api.anonymous().get(Assets.script).then().statusCode(200);
        Api.anonymous().get(Assets.style).then().statusCode(200).contentType(containsString("css"));
    }

    /** A text part in UTF-8, as a browser sends a form's fields (REST Assured's default is ISO-8859-1). */
    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name)
                .charset(java.nio.charset.StandardCharsets.UTF_8).build();
    }

    private static int rows(String html) {
        Matcher m = Pattern.compile("<tr data-light=").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String token() {
        return "A".repeat(43);
    }

    private static String baseOrigin() {
        return "http://localhost:" + io.restassured.RestAssured.port;
    }

    private static byte[] seedDocument() throws IOException {
        try (InputStream in = SupervisionPagesTest.class.getResourceAsStream("/seed/2023-zhoushan-completion-table.txt")) {
            return in.readAllBytes();
        }
    }
}
