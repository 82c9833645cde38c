package org.duban.web;

import java.util.Map;
import org.duban.assessment.Light;
import org.duban.assessment.Verdict;
import org.duban.quantity.Comparator;
import org.duban.quantity.MeasurementStatus;

/** The Chinese words the page shows for the API's enums (the codes stay visible beside them, as the API writes them). */
public final class Labels {

    private static final Map<Light, String> LIGHTS = Map.of(Light.GREEN, "绿灯", Light.YELLOW, "黄灯", Light.RED, "红灯",
            Light.GREY, "灰灯");

    private static final Map<Verdict, String> VERDICTS = Map.of(Verdict.MET, "已完成", Verdict.EXCEEDED, "超额完成",
            Verdict.LIKELY_MET, "预计完成", Verdict.LIKELY_NOT_MET, "预计未完成", Verdict.ON_TRACK, "进度正常",
            Verdict.AT_RISK, "存在风险", Verdict.OFF_TRACK, "进度滞后", Verdict.NOT_MET, "未完成", Verdict.NO_DATA, "暂无数据",
            Verdict.NOT_ASSESSABLE, "需人工评估");

    private static final Map<MeasurementStatus, String> STATUSES = Map.of(MeasurementStatus.ESTIMATED, "预计",
            MeasurementStatus.PRELIMINARY, "初步", MeasurementStatus.FINAL, "最终");

    private static final Map<Comparator, String> QUALIFIERS = Map.of(Comparator.GTE, "以上", Comparator.GT, "超",
            Comparator.LTE, "以下", Comparator.LT, "低于", Comparator.APPROX, "左右");

    private Labels() {
    }

    public static String light(Light light) {
        return light == null ? "" : LIGHTS.get(light);
    }

    public static String verdict(Verdict verdict) {
        return verdict == null ? "" : VERDICTS.get(verdict);
    }

    public static String status(MeasurementStatus status) {
        return status == null ? "" : STATUSES.get(status);
    }

    /** The word a Chinese table writes after a number for its comparator: 500亿元以上. */
    public static String qualifier(Comparator comparator) {
        return comparator == null ? "" : QUALIFIERS.getOrDefault(comparator, "");
    }
}
