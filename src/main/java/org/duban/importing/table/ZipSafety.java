package org.duban.importing.table;

import java.io.IOException;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Guards the readers of zip-based documents (.docx, .xlsx) against zip bombs. Before anything is expanded, the zip's
 * central directory is read and a document whose entries declare too many bytes, too high a compression ratio or too
 * many files is refused; POI's own {@link ZipSecureFile} limits, set here once, then catch entries whose declared
 * sizes lie while they are being expanded.
 */
final class ZipSafety {

    /** Expanded size of one entry: a sheet or document.xml of a completion table is a few megabytes at most. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Expanded size of the whole document. */
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    /** XML compresses well, but not a hundredfold: a higher ratio is a bomb (POI's default ratio too). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Small entries compress anyhow; the ratio is only checked above this size (POI does the same). */
    private static final long RATIO_CHECKED_ABOVE = 100 * 1024;
    static final int MAX_ENTRIES = 1000;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private ZipSafety() {
    }

    /**
     * Refuses a zip whose central directory announces a bomb.
     *
     * @throws OversizedDocumentException   when it would expand beyond the limits
     * @throws UnreadableDocumentException when it is not a zip
     */
    static void check(byte[] document, String format) {
        long total = 0;
        int count = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(document)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new OversizedDocumentException(format + " 文件包含的部件超过" + MAX_ENTRIES + "个，疑为压缩炸弹，已拒绝");
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > MAX_ENTRY_BYTES) {
                    throw new OversizedDocumentException(format + " 文件的部件“" + entry.getName() + "”解压后达" + size
                            + "字节，超过上限" + MAX_ENTRY_BYTES + "，已拒绝");
                }
                if (size > RATIO_CHECKED_ABOVE && compressed >= 0 && (double) compressed / size < MIN_INFLATE_RATIO) {
                    throw new OversizedDocumentException(format + " 文件的部件“" + entry.getName()
                            + "”压缩比异常（疑为压缩炸弹），已拒绝");
                }
                total += Math.max(size, 0);
                if (total > MAX_TOTAL_BYTES) {
                    throw new OversizedDocumentException(format + " 文件解压后超过" + MAX_TOTAL_BYTES + "字节，已拒绝");
                }
            }
        } catch (IOException | RuntimeException notAZip) {
            if (notAZip instanceof UnreadableDocumentException refused) {
                throw refused;
            }
            throw new UnreadableDocumentException("不是有效的 " + format + " 文件（zip 结构损坏）", notAZip);
        }
    }

    /** True when a POI failure is its zip-bomb guard speaking (a 413), not a broken file. */
    static boolean isBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /** Makes sure POI's limits are set before any zip is opened. */
    static void init() {
        // the static initialiser does the work
    }
}
