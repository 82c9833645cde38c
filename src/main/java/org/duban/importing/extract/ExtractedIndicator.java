package org.duban.importing.extract;

import java.util.List;
import org.duban.quantity.Accumulation;
import org.duban.quantity.Commitment;
import org.duban.quantity.Direction;
import org.duban.quantity.MeasureKind;
import org.duban.quantity.Period;

/** An indicator read from a task text, with its target (null when only tracked) and the actuals matched to it. */
public record ExtractedIndicator(String name, MeasureKind kind, Accumulation accumulation, Direction direction,
        Commitment commitment, ExtractedTarget target, List<ExtractedMeasurement> measurements, String sourceText) {

    public ExtractedIndicator {
        measurements = List.copyOf(measurements);
    }

    ExtractedIndicator withMeasurements(List<ExtractedMeasurement> found) {
        return new ExtractedIndicator(name, kind, accumulation, direction, commitment, target, found, sourceText);
    }

    ExtractedIndicator named(String newName) {
        return new ExtractedIndicator(newName, kind, accumulation, direction, commitment, target, measurements,
                sourceText);
    }

    ExtractedIndicator withTargetPeriod(Period period) {
        ExtractedTarget t = new ExtractedTarget(target.comparator(), target.value(), target.unit(), period,
                target.sourceText());
        return new ExtractedIndicator(name, kind, accumulation, direction, commitment, t, measurements, sourceText);
    }
}
