package org.duban.importing.table;

import java.io.ByteArrayInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads task tables from an Excel workbook (.xlsx, Apache POI XSSF), one per visible sheet, through
 * {@link WorkbookTableReader}. The zip is checked for bombs before it is opened ({@link ZipSafety}).
 */
public final class XlsxTableReader implements TableReader {

    @Override
    public DocumentTables readTables(byte[] document) {
        DocumentFormat format = DocumentFormat.detect(document);
        if (format == DocumentFormat.XLS) {
            return new XlsTableReader().readTables(document);
        }
        if (format != DocumentFormat.XLSX) {
            throw new UnreadableDocumentException("不是 XLSX 文件（文件内容为" + format.description() + "，应为 zip/OOXML 工作簿）");
        }
        ZipSafety.check(document, "XLSX");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document))) {
            return WorkbookTableReader.read(workbook, "工作簿");
        } catch (UnreadableDocumentException | NoTableFoundException expected) {
            throw expected;
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableDocumentException("Excel 文件已加密，请去掉密码后再上传", encrypted);
        } catch (Exception | StackOverflowError broken) {
            if (ZipSafety.isBomb(broken)) {
                throw new OversizedDocumentException("XLSX 文件解压后过大（疑为压缩炸弹），已拒绝", broken);
            }
            throw new UnreadableDocumentException("不是有效的 XLSX 工作簿：" + DocumentFormat.describe(broken), broken);
        }
    }
}
