package org.duban.importing.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The format of a document as its bytes tell it, whatever type it was declared with: a zip holding
 * {@code word/document.xml} is Word, one holding {@code xl/} is Excel; an OLE2 compound file is a legacy Excel (or an
 * encrypted or other Office file, which its reader refuses); markup starting with {@code <html}, {@code <table},
 * {@code <!DOCTYPE} (or another element a copied fragment starts with) is a web page; anything else is text.
 */
public enum DocumentFormat {

    DOCX("Word 文档（.docx）"),
    XLSX("Excel 工作簿（.xlsx）"),
    XLS("Excel 97–2003 工作簿（.xls）"),
    /** A zip that is neither: refused. */
    OTHER_ZIP("zip 压缩文件（不是 .docx 或 .xlsx）"),
    HTML("网页（HTML）"),
    TEXT("文本");

    /** What a page or a fragment copied from one starts with (a text table never does). */
    private static final java.util.List<String> MARKUP_STARTS = java.util.List.of("<html", "<!doctype", "<table",
            "<head", "<body", "<meta", "<div", "<section", "<article", "<main", "<p>", "<p ", "<h1", "<h2", "<h3",
            "<style", "<title", "<tbody", "<tr");

    /** How many leading characters are searched for the start of markup (after a BOM, whitespace, comments). */
    private static final int MARKUP_SNIFF_BYTES = 1024;

    private final String description;

    DocumentFormat(String description) {
        this.description = description;
    }

    /** What the format is called in messages. */
    public String description() {
        return description;
    }

    /** The format of these bytes. */
    public static DocumentFormat detect(byte[] bytes) {
        if (bytes == null || bytes.length < 4) {
            return TEXT;
        }
        if (bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return zipFormat(bytes);
        }
        if ((bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            return XLS;
        }
        return looksLikeMarkup(bytes) ? HTML : TEXT;
    }

    private static DocumentFormat zipFormat(byte[] bytes) {
        boolean excel = false;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            for (int i = 0; entries.hasMoreElements() && i < ZipSafety.MAX_ENTRIES; i++) {
                String name = entries.nextElement().getName();
                if (name.equals("word/document.xml")) {
                    return DOCX;
                }
                excel |= name.startsWith("xl/");
            }
        } catch (IOException | RuntimeException broken) {
            // A damaged zip: let the spreadsheet reader, the most common zip upload, say what is wrong with it.
            return XLSX;
        }
        return excel ? XLSX : OTHER_ZIP;
    }

    /** {@code <html}, {@code <table}, {@code <!DOCTYPE html} … after a BOM, whitespace, an XML declaration or comments. */
    private static boolean looksLikeMarkup(byte[] bytes) {
        String head = headText(bytes).toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < head.length()) {
            char c = head.charAt(i);
            if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (head.startsWith("<!--", i)) {
                int end = head.indexOf("-->", i);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else if (head.startsWith("<?xml", i)) {
                int end = head.indexOf("?>", i);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                int at = i;
                return MARKUP_STARTS.stream().anyMatch(start -> head.startsWith(start, at));
            }
        }
        return false;
    }

    /** The first bytes as text: UTF-16 when it has its byte-order mark, otherwise ASCII-compatible. */
    private static String headText(byte[] bytes) {
        int length = Math.min(bytes.length, MARKUP_SNIFF_BYTES);
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        // Markup is ASCII in UTF-8 and GB18030 alike; other bytes only need to not be mistaken for it.
        int start = (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, start, length - start, StandardCharsets.ISO_8859_1);
    }

    /** A short description of a parser's failure, for a 400's detail (never a stack trace). */
    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null) {
            return failure.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return failure.getClass().getSimpleName() + "（" + (line.length() > 120 ? line.substring(0, 120) + "…" : line) + "）";
    }
}
