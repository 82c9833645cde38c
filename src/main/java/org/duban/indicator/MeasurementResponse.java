package org.duban.indicator;

import org.duban.common.PageSchema;
import java.math.BigDecimal;
import java.time.Instant;
import org.duban.common.DatePeriod;
import org.duban.quantity.Comparator;
import org.duban.quantity.Decimals;
import org.duban.quantity.MeasurementStatus;
import org.duban.quantity.UnitOfMeasure;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measurement as the API returns it. */
@Schema(name = "Measurement", description = "An actual value of an indicator for a period")
public record MeasurementResponse(
        @Schema(description = "Identifier", examples = "1") long id,
        @Schema(description = "Indicator id", examples = "5") long indicatorId,
        @Schema(description = "Value as written, exact", examples = "51.5") BigDecimal value,
        @Schema(description = "Unit as written", examples = "亿元") String unit,
        @Schema(description = "The value in the base unit of its family (亿元 → 元), for comparisons",
                examples = "5150000000") BigDecimal normalizedValue,
        @Schema(nullable = true,
                description = "How the source qualified the value", examples = "GTE") Comparator qualifier,
        @Schema(description = "Period the value covers") DatePeriod period,
        @Schema(description = "How final the value is", examples = "FINAL") MeasurementStatus status,
        @Schema(nullable = true,
                description = "The phrase the value was read from", examples = "1-11月,全市完成减负51.5亿元") String sourceText,
        @Schema(description = "When it was reported (UTC)", examples = "2024-01-19T01:17:00Z") Instant reportedAt) {

    /** The OpenAPI shape of a page of measurements. */
    @Schema(name = "MeasurementPage", description = "A page of measurements")
    public static final class Page extends PageSchema<MeasurementResponse> {
    }
    static MeasurementResponse of(Measurement m) {
        BigDecimal value = Decimals.normalize(m.amount);
        return new MeasurementResponse(m.id, m.indicator.id, value, m.unit, UnitOfMeasure.of(m.unit).toBase(value),
                m.qualifier, DatePeriod.of(m.periodFrom, m.periodTo, m.periodLabel), m.status, m.sourceText,
                m.reportedAt);
    }
}
