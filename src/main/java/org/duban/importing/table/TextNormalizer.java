package org.duban.importing.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises the text of cells and header cells read from Chinese documents: full-width digits and letters become
 * ASCII, whitespace is tidied, and — only when asked — the full-width punctuation that carries no Chinese meaning
 * (％ ： ； （ ）) becomes ASCII too.
 *
 * <p>It is deliberately not Unicode NFKC: NFKC would also rewrite 、 。 “ ” and ，, which the unit parser and the
 * quantity extractors read as meaningful Chinese punctuation.
 */
public final class TextNormalizer {

    /** Full-width punctuation converted by {@link #halfWidthPunctuation(String)}: each char maps to the one below. */
    private static final String FULL_WIDTH_PUNCTUATION = "％：；（）＋－．／～＜＞＝［］｛｝＆＃＊＠＿｜";
    private static final String HALF_WIDTH_PUNCTUATION = "%:;()+-./~<>=[]{}&#*@_|";

    /**
     * Invisible characters that documents exported from Word or web pages carry around, and control characters other
     * than spaces and line breaks (a NUL in a page's text would reach the database, which PostgreSQL refuses).
     */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000E-\\u001F\\u007F]");
    /** Spaces of every width other than the line break. */
    private static final Pattern HORIZONTAL_SPACES = Pattern.compile("[\\t\\x0B\\f \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern ALL_WHITESPACE = Pattern.compile("[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u0085");

    private TextNormalizer() {
    }

    /** Full-width digits ０-９ and letters Ａ-Ｚ ａ-ｚ become ASCII; the ideographic space becomes a plain space. */
    public static String halfWidthAlphanumerics(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Full-width ％ ： ； （ ） and a few operators become ASCII. The enumeration comma 、, the comma ，, the full stop 。
     * and the quotes “ ” ‘ ’ are kept: they are Chinese punctuation with a meaning of their own.
     */
    public static String halfWidthPunctuation(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int index = FULL_WIDTH_PUNCTUATION.indexOf(c);
            out.append(index >= 0 ? HALF_WIDTH_PUNCTUATION.charAt(index) : c);
        }
        return out.toString();
    }

    /** The text without invisible and control characters, nothing else changed; null stays null. */
    public static String withoutInvisible(String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }

    /** Both conversions: alphanumerics and the neutral punctuation. */
    public static String halfWidth(String text) {
        return halfWidthPunctuation(halfWidthAlphanumerics(text));
    }

    /**
     * Normalises a cell: ASCII digits and letters, invisible characters removed, each line trimmed with runs of spaces
     * collapsed to one, empty lines dropped, lines joined with {@code \n}. Never returns null.
     */
    public static String normalizeCell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String cleaned = INVISIBLE.matcher(halfWidthAlphanumerics(text)).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(cleaned, -1)) {
            String tidy = HORIZONTAL_SPACES.matcher(line).replaceAll(" ").strip();
            if (!tidy.isEmpty()) {
                lines.add(tidy);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A compact form for comparing header cells and labels: every kind of whitespace removed (a header written
     * "牵 头\n单 位" is still 牵头单位), half-width alphanumerics and punctuation.
     */
    public static String compact(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = INVISIBLE.matcher(halfWidth(text)).replaceAll("");
        return ALL_WHITESPACE.matcher(cleaned).replaceAll("");
    }

    /** True when the text is null or holds nothing but whitespace and invisible characters. */
    public static boolean isBlank(String text) {
        return text == null || compact(text).isEmpty();
    }
}
