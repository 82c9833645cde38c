package org.duban.support;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan resembling the seed table (2023年市政府工作报告完成情况表), built through the API: the seed's indicators with
 * the verdicts docs/domain.md gives them, a milestone, a task without indicators, and one more task whose indicator is
 * missed (the seed has none), so that every light occurs. All tasks are due 2023-12-31.
 *
 * <pre>
 * ordinal  indicators (verdict)                                    lead units
 * 3        工业投资 (LIKELY_MET)                                     市经信局, 定海区政府 (CO_LEAD)
 * 4        规上工业增加值 (ON_TRACK), 技改投资 (LIKELY_MET)              市经信局
 * 6        数字经济核心产业增加值 (NO_DATA)                             市经信局
 * 8        为企业减负 (MET)                                           市经信局, 市发改委 (CO_LEAD); 市税务局 supports
 * 9        新增个转企 (EXCEEDED)                                      市经信局, 市市场监管局 (CO_LEAD)
 * 11       千兆城市 (NOT_ASSESSABLE, MILESTONE)                       市经信局
 * 12       none                                                    市经信局 (绿色处、消费品处), 市商务局 (CO_LEAD)
 * 13       新增规上工业企业 (NOT_MET)                                  市发改委
 * </pre>
 */
public final class SeedPlan {

    public final String region = Api.newRegion();
    public final long plan;
    public final Map<String, Long> units = new HashMap<>();
    /** Task id by ordinal. */
    public final Map<Integer, Long> tasks = new HashMap<>();
    /** Indicator id by name. */
    public final Map<String, Long> indicators = new HashMap<>();
    /** Measurement id by indicator name. */
    public final Map<String, Long> measurements = new HashMap<>();

    public SeedPlan() {
        plan = Api.post("/api/v1/plans", Map.of("title", "2023年市政府工作报告完成情况表", "year", 2023, "region", region,
                "disclosure", "PUBLIC")).statusCode(201).extract().jsonPath().getLong("id");
        unit("市经信局", "MUNICIPAL_DEPARTMENT", null);
        unit("绿色处", "DIVISION", "市经信局");
        unit("消费品处", "DIVISION", "市经信局");
        unit("定海区政府", "DISTRICT_GOVERNMENT", null);
        unit("市发改委", "MUNICIPAL_DEPARTMENT", null);
        unit("市税务局", "MUNICIPAL_DEPARTMENT", null);
        unit("市市场监管局", "MUNICIPAL_DEPARTMENT", null);
        unit("市商务局", "MUNICIPAL_DEPARTMENT", null);

        task(3, "聚力攻坚金钵盂精密不锈钢、聚泰新能源电池等一批制造业关键项目,实现工业投资500亿元以上。",
                List.of(lead("市经信局"), coLead("定海区政府")));
        indicator(3, "工业投资", "LEVEL", "GTE", "500", "亿元", null);
        measure("工业投资", "510", "亿元", "GTE", "2023-01-01", "2023-12-31", "1-12月", "ESTIMATED");

        task(4, "深入实施制造业“腾笼换鸟、凤凰涅槃”攻坚行动,规上工业增加值、技改投资均增长10%以上。",
                List.of(lead("市经信局")));
        indicator(4, "规上工业增加值", "GROWTH_RATE", "GTE", "10", "%", null);
        measure("规上工业增加值", "17.3", "%", null, "2023-01-01", "2023-11-30", "1-11月", "FINAL");
        indicator(4, "技改投资", "GROWTH_RATE", "GTE", "10", "%", null);
        measure("技改投资", "60", "%", "GTE", "2023-01-01", "2023-12-31", "1-12月", "ESTIMATED");

        task(6, "大力发展数字经济,力争数字经济核心产业增加值增长10%。", List.of(lead("市经信局")));
        indicator(6, "数字经济核心产业增加值", "GROWTH_RATE", "GTE", "10", "%", "STRETCH");

        task(8, "推动国家惠企政策直达快享,全年为企业减负50亿元以上。",
                List.of(lead("市经信局"), coLead("市发改委"), Map.of("unitId", units.get("市税务局"), "role", "SUPPORTING")));
        indicator(8, "为企业减负", "LEVEL", "GTE", "50", "亿元", null);
        measure("为企业减负", "51.5", "亿元", null, "2023-01-01", "2023-11-30", "1-11月", "FINAL");
        Api.post("/api/v1/tasks/" + tasks.get(8) + "/progress-reports", Map.of("narrative", "三季度累计减负40亿元。",
                "period", Map.of("from", "2023-01-01", "to", "2023-09-30", "label", "前三季度"),
                "reportedAt", "2023-10-10T02:00:00Z")).statusCode(201);
        Api.post("/api/v1/tasks/" + tasks.get(8) + "/progress-reports", Map.of(
                "narrative", "1-11月,全市完成减负51.5亿元,其中新增减税降费及退税缓费36.1亿元。",
                "period", Map.of("from", "2023-01-01", "to", "2023-11-30", "label", "1-11月"),
                "reportedAt", "2023-12-05T02:00:00Z")).statusCode(201);

        task(9, "深入实施“5428”企业梯度培育行动,新增个转企200家。", List.of(lead("市经信局"), coLead("市市场监管局")));
        indicator(9, "新增个转企", "COUNT", "GTE", "200", "家", null);
        measure("新增个转企", "230", "家", null, "2023-01-01", "2023-12-31", "2023年", "FINAL");

        task(11, "加快建设全国千兆城市。", List.of(lead("市经信局")));
        indicator(11, "千兆城市", "MILESTONE", null, null, null, null);

        task(12, "推进金塘国际领先新材料产业岛、舟山粮油产业园建设。", List.of(Map.of("unitId", units.get("市经信局"),
                "role", "LEAD", "divisionIds", List.of(units.get("绿色处"), units.get("消费品处"))), coLead("市商务局")));

        task(13, "新增规上工业企业60家。", List.of(lead("市发改委")));
        indicator(13, "新增规上工业企业", "COUNT", "GTE", "60", "家", null);
        measure("新增规上工业企业", "50", "家", null, "2023-01-01", "2023-12-31", "全年", "FINAL");
    }

    private void unit(String name, String kind, String parent) {
        units.put(name, Api.createUnit(region, name, kind, parent == null ? null : units.get(parent)));
    }

    private Map<String, Object> lead(String name) {
        return Api.role(units.get(name), "LEAD");
    }

    private Map<String, Object> coLead(String name) {
        return Api.role(units.get(name), "CO_LEAD");
    }

    private void task(int ordinal, String content, List<Map<String, Object>> assigned) {
        tasks.put(ordinal, Api.post("/api/v1/tasks", Map.of("planId", plan, "ordinal", ordinal, "content", content,
                "dueDate", "2023-12-31", "status", "IN_PROGRESS", "units", assigned))
                .statusCode(201).extract().jsonPath().getLong("id"));
    }

    private void indicator(int ordinal, String name, String kind, String comparator, String value, String unit,
            String commitment) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", kind));
        if (value != null) {
            body.put("target", Map.of("comparator", comparator, "value", new BigDecimal(value), "unit", unit));
        }
        if (commitment != null) {
            body.put("commitment", commitment);
        }
        indicators.put(name, Api.post("/api/v1/tasks/" + tasks.get(ordinal) + "/indicators", body)
                .statusCode(201).extract().jsonPath().getLong("id"));
    }

    private void measure(String indicator, String value, String unit, String qualifier, String from, String to,
            String label, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("value", new BigDecimal(value), "unit", unit, "status", status,
                "period", Map.of("from", from, "to", to, "label", label)));
        if (qualifier != null) {
            body.put("qualifier", qualifier);
        }
        measurements.put(indicator, Api.post("/api/v1/indicators/" + indicators.get(indicator) + "/measurements", body)
                .statusCode(201).extract().jsonPath().getLong("id"));
    }

    public long task(int ordinal) {
        return tasks.get(ordinal);
    }

    public long indicator(String name) {
        return indicators.get(name);
    }

    public long unit(String name) {
        return units.get(name);
    }
}
