package org.duban.importing.extract;

import java.util.List;

/** What the extractor read from one task: its indicators, and warnings for a person to check. */
public record Extraction(List<ExtractedIndicator> indicators, List<String> warnings) {

    public Extraction {
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }
}
