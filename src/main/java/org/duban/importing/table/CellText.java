package org.duban.importing.table;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The text of an Excel cell as a person reads it: strings as typed; numbers in their exact decimal form (20.26, never
 * 20.259999999999998), shown as a percentage when the cell is formatted as one; dates as yyyy-MM-dd; formulas by their
 * cached result.
 */
final class CellText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }

    private static String numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            if (value == null) {
                return "";
            }
            return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : DATE_TIME.format(value);
        }
        double value = cell.getNumericCellValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        // Excel shows at most 15 significant digits; NumberToTextConverter reproduces its text, so 20.26 stays 20.26.
        BigDecimal exact = new BigDecimal(NumberToTextConverter.toText(value));
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return plain(exact.movePointRight(2)) + "%";
        }
        return plain(exact);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
