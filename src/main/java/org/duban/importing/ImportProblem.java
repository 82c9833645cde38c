package org.duban.importing;

import org.duban.common.ProblemException;

/** The ways a document can fail to import, each a problem the client can act on. */
public class ImportProblem extends ProblemException {

    private ImportProblem(int status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    /** 400: the bytes are not a document of the declared type (not UTF-8 or GB18030 text, not a workbook). */
    static ImportProblem unreadable(String detail) {
        return new ImportProblem(400, "unreadable-document", "Unreadable document", detail);
    }

    /** 413: over the configured size limit. */
    static ImportProblem tooLarge(long limit) {
        return new ImportProblem(413, "document-too-large", "Document too large",
                "文档超过大小上限 " + limit + " 字节（duban.import.max-bytes）");
    }

    /** 413: a document that would expand beyond what the importer reads (a zip bomb, millions of cells). */
    static ImportProblem oversized(String detail) {
        return new ImportProblem(413, "document-too-large", "Document too large", detail);
    }

    /** 415: not a table format the importer reads. */
    static ImportProblem unsupportedType(String mediaType) {
        return new ImportProblem(415, "unsupported-document-type", "Unsupported document type", "不支持的文档类型 "
                + mediaType + "：请上传文本（text/plain）、CSV、网页（text/html）、Word（.docx）或 Excel（.xlsx/.xls），"
                + "或以 multipart/form-data 的 file 字段上传");
    }

    /** 422: readable, but no table or not enough to make a plan of it. */
    static ImportProblem unprocessable(String detail) {
        return new ImportProblem(422, "no-table", "No importable table", detail);
    }
}
