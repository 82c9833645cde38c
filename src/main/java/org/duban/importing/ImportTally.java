package org.duban.importing;

import java.util.ArrayList;
import java.util.List;

/** What one import has done so far: the rows it created and updated, by kind, and the warnings a person should read. */
final class ImportTally {

    final ImportCounts.Tally created = new ImportCounts.Tally();
    final ImportCounts.Tally updated = new ImportCounts.Tally();
    private final List<ImportWarning> warnings;

    /** Starts with the warnings of reading and interpreting the document. */
    ImportTally(List<ImportWarning> earlier) {
        this.warnings = new ArrayList<>(earlier);
    }

    void warn(String location, String message) {
        warnings.add(ImportWarning.at(location, message));
    }

    List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }
}
