import org.apache.poi.ss.usermodel.*;
import java.io.*;
/** Gives column F (完成率) of rows 3-7 the Excel format 0.0%, which LibreOffice's HTML import left as General. */
public class PercentFormat {
  public static void main(String[] a) throws Exception {
    Workbook w;
    try (InputStream in = new FileInputStream(a[0])) { w = WorkbookFactory.create(in); }
    CellStyle pct = w.createCellStyle();
    pct.setDataFormat(w.createDataFormat().getFormat("0.0%"));
    Sheet s = w.getSheetAt(0);
    for (int r = 2; r <= 6; r++) { Cell c = s.getRow(r).getCell(5); pct.cloneStyleFrom(c.getCellStyle()); }
    CellStyle st = w.createCellStyle(); st.cloneStyleFrom(s.getRow(2).getCell(5).getCellStyle()); st.setDataFormat(w.createDataFormat().getFormat("0.0%"));
    for (int r = 2; r <= 6; r++) s.getRow(r).getCell(5).setCellStyle(st);
    try (OutputStream out = new FileOutputStream(a[0])) { w.write(out); }
    w.close();
  }
}
