package org.duban.importing.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text or CSV document: UTF-8 with or without a byte-order mark, UTF-16 with a mark, and
 * GB18030 (which covers GBK and GB2312, what Chinese Excel and Notepad save) when the bytes are not valid UTF-8.
 */
final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The decoded text, without byte-order mark. */
    static String decode(byte[] bytes) {
        if (bytes == null) {
            throw new UnreadableDocumentException("文档为空（没有内容）");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strictly(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableDocumentException("不是文本文件：内容含有二进制数据（是否把 Excel 或 PDF 当作文本上传？）");
        }
        try {
            return decodeOrFail(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decodeOrFail(bytes, 0, GB18030);
            } catch (CharacterCodingException notGb) {
                throw new UnreadableDocumentException("无法识别文本编码：既不是 UTF-8 也不是 GB18030/GBK", notGb);
            }
        }
    }

    private static String strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return decodeOrFail(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new UnreadableDocumentException("文本声明为 " + charset.name() + " 编码，但内容无法按该编码解码", e);
        }
    }

    private static String decodeOrFail(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** NUL bytes never occur in UTF-8 or GB18030 text; they do in zip, PDF and UTF-16 without a mark. */
    private static boolean looksBinary(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
