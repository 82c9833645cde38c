package org.duban.importing.table;

import java.io.ByteArrayInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads task tables from an Excel 97–2003 workbook (.xls, Apache POI HSSF), one per visible sheet, through
 * {@link WorkbookTableReader}. Other OLE2 files (an encrypted workbook, a .doc) are refused with a clear message.
 */
public final class XlsTableReader implements TableReader {

    @Override
    public DocumentTables readTables(byte[] document) {
        if (DocumentFormat.detect(document) != DocumentFormat.XLS) {
            throw new UnreadableDocumentException("不是 Excel 97–2003（.xls）文件");
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(document))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException("Excel 文件已加密，请去掉密码后再上传");
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
                    && !fs.getRoot().hasEntry("Book")) {
                String what = fs.getRoot().hasEntry("WordDocument") ? "旧版 Word（.doc）文件：请另存为 .docx 后再上传"
                        : "OLE2 文件，但不是 Excel 工作簿";
                throw new UnreadableDocumentException("这是" + what);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
                return WorkbookTableReader.read(workbook, "工作簿");
            }
        } catch (UnreadableDocumentException | NoTableFoundException expected) {
            throw expected;
        } catch (EncryptedDocumentException encrypted) {
            throw new UnreadableDocumentException("Excel 文件已加密，请去掉密码后再上传", encrypted);
        } catch (Exception | StackOverflowError broken) {
            throw new UnreadableDocumentException("不是有效的 .xls 工作簿：" + DocumentFormat.describe(broken), broken);
        }
    }
}
