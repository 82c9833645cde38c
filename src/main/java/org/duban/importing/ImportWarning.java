package org.duban.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something in the document a person should check: where it is and what is uncertain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportWarning", description = "Something in the document a person should check")
public record ImportWarning(
        @Schema(description = "Where: a line of a text or CSV document, or a cell of a workbook", examples = "第14行")
        String location,
        @Schema(description = "Line number in a text or CSV document, when the location is a line", examples = "14")
        Integer line,
        @Schema(description = "Cell reference in a workbook, when the location is a cell", examples = "Sheet1!B5")
        String cell,
        @Schema(description = "What to check", examples = "“亩均税收”的完成情况中未找到可比的增长率，未记录完成值")
        String message) {

    private static final Pattern LINE = Pattern.compile("第(\\d+)行");
    private static final Pattern CELL = Pattern.compile("[^!]+![A-Z]+\\d+");

    public static ImportWarning at(String location, String message) {
        if (location == null || location.isBlank()) {
            return new ImportWarning(null, null, null, message);
        }
        Matcher line = LINE.matcher(location);
        Integer lineNumber = line.find() ? Integer.valueOf(line.group(1)) : null;
        String cell = CELL.matcher(location).matches() ? location : null;
        return new ImportWarning(location, lineNumber, cell, message);
    }
}
