package org.duban.importing.table;

import java.util.regex.Pattern;

/**
 * Recognises the lines a government web page prints around its content — breadcrumbs (首页 > 政务公开), font-size and
 * print controls (字号：大 中 小, 打印, 关闭, 分享到), counters, copyright and filing lines — so that text copied or saved
 * from a browser can be read without them. Only whole lines that are nothing but such chrome are recognised.
 */
final class PageChrome {

    /** A line made only of controls: 【打印本页】【关闭窗口】, 打印 | 关闭, 分享到：微信 微博 … */
    private static final Pattern CONTROLS = Pattern.compile(
            "^(?:[【\\[(]?\\s*(?:打印(?:本页|此页|文章|页面)?|关闭(?:本页|窗口|页面)?|返回(?:顶部|首页|列表)?|收藏(?:本页)?|"
                    + "分享(?:到)?|字号|字体|大|中|小|默认|放大|缩小|繁体|简体|繁|简|无障碍(?:浏览|阅读)?|长者模式|读屏|"
                    + "朗读|听全文|纠错|我要纠错|扫一扫|微信|微博|QQ空间|QQ|手机版|登录|注册|搜索|下载|视力保护色|"
                    + "【|】|上一篇|下一篇|[\\s:：|/·•>›»\\-]+)\\s*[】\\])]?\\s*)+$");
    /** 首页 > 政务公开 > …, 当前位置：… */
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:您?的?当前位置|所在位置|位置)\\s*[:：].*|^(?:网站)?首页\\s*[>›»/>＞].*");
    /** 版权所有, Copyright, ICP备, 网站标识码, 公安备案 …: the footer. */
    private static final Pattern FOOTER = Pattern.compile(
            ".*(版权所有|Copyright|©|ICP备|ICP证|网站标识码|公网安备|公安备案|网站地图|联系我们|技术支持[:：]|建议使用.*浏览器|"
                    + "分辨率|主办单位[:：]|承办单位[:：]|网站主办|扫一扫在手机).*",
            Pattern.CASE_INSENSITIVE);
    /** A font-size switch: 字号：大 中 小. (Counters such as 访问次数 are left to the preamble, which ignores them.) */
    private static final Pattern LABELLED_CONTROL = Pattern.compile(
            "^(?:【?字号】?|字体)\\s*[:：]?\\s*[【\\[]?\\s*(?:大|中|小|默认|[\\s|/】【\\[\\]])*$");

    private PageChrome() {
    }

    /** True when the whole line is page chrome and carries no content of the document. */
    static boolean isChrome(String line) {
        String text = TextNormalizer.normalizeCell(line).replace('\n', ' ').strip();
        // A bare "—" or "中" may be a cell of a table: chrome has words.
        if (text.length() < 2 || text.length() > 120 || text.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        return CONTROLS.matcher(text).matches() || BREADCRUMB.matcher(text).matches()
                || LABELLED_CONTROL.matcher(text).matches() || (text.length() <= 80 && FOOTER.matcher(text).matches());
    }
}
