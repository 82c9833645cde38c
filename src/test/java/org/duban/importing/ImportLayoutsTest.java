package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.duban.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Imports over HTTP of each table layout whose values stand in their own cells: indicator tables, project tables,
 * progress percentages, stage targets, and units written inside the task text. Each asserts the targets, the actuals
 * and the verdicts they give.
 */
@QuarkusTest
class ImportLayoutsTest {

    private static long importText(String region, String text) {
        return given().contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("region", region).post("/api/v1/imports").then().statusCode(201).extract().jsonPath()
                .getLong("planId");
    }

    private static JsonPath tasks(long plan) {
        return given().queryParam("plan", plan).queryParam("sort", "ordinal").get("/api/v1/tasks").then()
                .statusCode(200).extract().jsonPath();
    }

    private static JsonPath indicators(long task) {
        return given().get("/api/v1/tasks/" + task + "/indicators").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldReadTheTargetsAndActualsOfAnIndicatorTable() {
        long plan = importText(Api.newRegion(), """
                2023年东海市国民经济主要指标上半年完成情况表
                指标名称 | 年度目标 | 完成情况 | 责任部门 |
                1、地区生产总值增长率 | 6%左右 | 6.2% | 市发改委 |
                2、城镇登记失业人数 | 控制在10410人内 | 7919人 | 市人社局 |
                3、研发经费支出占GDP比重 | 提升4个百分点 | 提升3.89个百分点 | 市科技局 |
                4、新增上市企业 | 8家 | 3家 | 市金融办 |
                """);
        JsonPath tasks = tasks(plan);
        assertThat(tasks.getList("items.content", String.class)).hasSize(4);

        JsonPath gdp = indicators(tasks.getLong("items[0].id"));
        assertThat(gdp.getString("items[0].name")).isEqualTo("地区生产总值增长率");
        assertThat(gdp.getString("items[0].kind")).isEqualTo("GROWTH_RATE");
        assertThat(gdp.getString("items[0].target.comparator")).isEqualTo("APPROX");
        assertThat(gdp.getString("items[0].latestMeasurement.value")).isEqualTo("6.2");
        assertThat(gdp.getString("items[0].latestMeasurement.period.to")).isEqualTo("2023-06-30");
        assertThat(gdp.getString("items[0].assessment.verdict")).isEqualTo("ON_TRACK");

        JsonPath jobless = indicators(tasks.getLong("items[1].id"));
        assertThat(jobless.getString("items[0].name")).isEqualTo("城镇登记失业人数");
        assertThat(jobless.getString("items[0].target.comparator")).isEqualTo("LTE");
        assertThat(jobless.getString("items[0].target.value")).isEqualTo("10410");
        assertThat(jobless.getString("items[0].target.unit")).isEqualTo("人");
        assertThat(jobless.getString("items[0].latestMeasurement.value")).isEqualTo("7919");

        JsonPath research = indicators(tasks.getLong("items[2].id"));
        assertThat(research.getString("items[0].target.unit")).isEqualTo("个百分点");
        assertThat(research.getString("items[0].latestMeasurement.value")).isEqualTo("3.89");
        assertThat(research.getString("items[0].assessment.verdict")).isEqualTo("AT_RISK");

        JsonPath listed = indicators(tasks.getLong("items[3].id"));
        assertThat(listed.getString("items[0].kind")).isEqualTo("COUNT");
        assertThat(listed.getString("items[0].latestMeasurement.value")).isEqualTo("3");
        assertThat(listed.getString("items[0].assessment.verdict")).isEqualTo("OFF_TRACK");
    }

    @Test
    void shouldReadAProjectTableWithUnitsAndPeriodsInItsHeaders() {
        long plan = importText(Api.newRegion(), """
                2023年东海市重点建设项目推进情况表
                序号 | 项目名称 | 年度目标（亿元） | 1-6月完成值（亿元） | 完成率 |
                1 | 东港大桥工程 | 12 | 6.3 | 52.5% |
                2 | 滨海新城安置房 | 8 | 2.1 | 26.3% |
                """);
        JsonPath tasks = tasks(plan);
        JsonPath bridge = indicators(tasks.getLong("items[0].id"));
        assertThat(bridge.getList("items")).hasSize(1);
        assertThat(bridge.getString("items[0].kind")).isEqualTo("LEVEL");
        assertThat(bridge.getString("items[0].accumulation")).isEqualTo("CUMULATIVE");
        assertThat(bridge.getString("items[0].target.value")).isEqualTo("12");
        assertThat(bridge.getString("items[0].target.unit")).isEqualTo("亿元");
        assertThat(bridge.getString("items[0].latestMeasurement.value")).isEqualTo("6.3");
        assertThat(bridge.getString("items[0].latestMeasurement.period.label")).isEqualTo("1-6月");
        assertThat(bridge.getString("items[0].assessment.verdict")).isEqualTo("ON_TRACK");
        assertThat(indicators(tasks.getLong("items[1].id")).getString("items[0].assessment.verdict"))
                .isEqualTo("OFF_TRACK");
    }

    @Test
    void shouldMeasureProgressPercentagesAsProgressIndicators() {
        long plan = importText(Api.newRegion(), """
                2023年东海市民生实事项目1-6月推进情况
                序号 | 任务内容 | 牵头单位 | 当前进度 |
                1 | 建成城市书房10家 | 市文广旅体局 | 60%（主体完工） |
                2 | 改造老旧小区30个 | 市住建局 | 20% |
                3 | 完善养老服务体系 | 市民政局 | 已完成方案编制 |
                """);
        JsonPath tasks = tasks(plan);
        JsonPath books = indicators(tasks.getLong("items[0].id"));
        assertThat(books.getList("items.kind", String.class)).contains("PROGRESS");
        assertThat(books.getString("items.find { it.kind == 'PROGRESS' }.target.value")).isEqualTo("100");
        assertThat(books.getString("items.find { it.kind == 'PROGRESS' }.latestMeasurement.value")).isEqualTo("60");
        assertThat(books.getString("items.find { it.kind == 'PROGRESS' }.assessment.verdict")).isEqualTo("ON_TRACK");
        assertThat(indicators(tasks.getLong("items[1].id"))
                .getString("items.find { it.kind == 'PROGRESS' }.assessment.verdict")).isEqualTo("OFF_TRACK");
        assertThat(indicators(tasks.getLong("items[2].id")).getList("items")).isEmpty();
    }

    @Test
    void shouldJudgeAStageTargetForItsStage() {
        long plan = importText(Api.newRegion(), """
                2023年东海市交通建设一季度推进情况
                序号 | 任务内容 | 年度目标（亿元） | 一季度目标（亿元） | 1-3月完成值（亿元） | 牵头单位 |
                1 | 完成交通投资 | 36 | 8 | 9.2 | 市交通局 |
                """);
        JsonPath found = indicators(tasks(plan).getLong("items[0].id"));
        assertThat(found.getList("items")).hasSize(2);
        assertThat(found.getString("items.find { it.target.period.to == '2023-03-31' }.target.value")).isEqualTo("8");
        assertThat(found.getString("items.find { it.target.period.to == '2023-03-31' }.assessment.verdict"))
                .isEqualTo("EXCEEDED");
        assertThat(found.getString("items.find { it.target.period.to == '2023-12-31' }.assessment.verdict"))
                .isEqualTo("ON_TRACK");
    }

    @Test
    void shouldTakeTheUnitsOutOfTheTaskText() {
        long plan = importText(Api.newRegion(), """
                2023年东海市政府工作报告重点任务清单
                序号 | 任务内容 | 完成情况 |
                1 | 加强常态化疫情防控（牵头单位：市疫情防控办） | 1-6月，完成核酸检测点建设。 |
                2 | 新建城市书房10家（牵头单位：市文广旅体局；配合单位：市财政局） | 上半年新建城市书房6家。 |
                3 | 实施乡村振兴（责任单位：市农业农村局、各区县政府<南太湖新区、长合区管委会>） | 有序推进。 |
                """);
        JsonPath tasks = tasks(plan);
        assertThat(tasks.getString("items[0].content")).isEqualTo("加强常态化疫情防控");
        assertThat(tasks.getList("items[0].units.name", String.class)).containsExactly("市疫情防控办");
        assertThat(tasks.getString("items[1].content")).isEqualTo("新建城市书房10家");
        assertThat(tasks.getList("items[1].units.name", String.class)).containsExactly("市文广旅体局", "市财政局");
        assertThat(tasks.getList("items[1].units.role", String.class)).containsExactly("LEAD", "SUPPORTING");
        assertThat(tasks.getList("items[2].units.name", String.class))
                .containsExactly("市农业农村局", "各区县政府(南太湖新区、长合区管委会)");
        JsonPath books = indicators(tasks.getLong("items[1].id"));
        assertThat(books.getString("items[0].target.value")).isEqualTo("10");
        assertThat(books.getString("items[0].latestMeasurement.value")).isEqualTo("6");
        assertThat(books.getString("items[0].assessment.verdict")).isEqualTo("ON_TRACK");
    }
}
