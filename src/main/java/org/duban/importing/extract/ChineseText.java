package org.duban.importing.extract;

/**
 * Normalises full-width forms (１０％, ．, ～) to ASCII one char for one char, so that every position found in the
 * normalised text is also a position in the original: source texts are always cut from what the user wrote.
 */
final class ChineseText {

    private ChineseText() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c >= 'Ａ' && c <= 'Ｚ') {
                chars[i] = (char) ('A' + (c - 'Ａ'));
            } else if (c >= 'ａ' && c <= 'ｚ') {
                chars[i] = (char) ('a' + (c - 'ａ'));
            } else {
                chars[i] = switch (c) {
                    case '％' -> '%';
                    case '．' -> '.';
                    case '－', '−', '–' -> '-';
                    case '～', '〜' -> '~';
                    case '＋' -> '+';
                    case '／' -> '/';
                    case '（' -> '(';
                    case '）' -> ')';
                    case '：' -> ':';
                    case '；' -> ';';
                    case '＞' -> '>';
                    case '＜' -> '<';
                    case '\u3000', '\u00a0' -> ' ';
                    default -> c;
                };
            }
        }
        return new String(chars);
    }

    static boolean isIdeograph(char c) {
        return Character.isIdeographic(c);
    }
}
