package org.duban.importing.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the task tables of a web page or of a fragment copied from one (jsoup, an HTML5 parser). Every {@code <table>}
 * is read with its {@code rowspan}/{@code colspan} resolved into a grid ({@link HtmlGrid}); tables that only lay out
 * other tables are looked through; navigation, headers, footers, scripts, menus and breadcrumbs are dropped. The
 * preamble of each table is the page's title (its main heading, or {@code <title>} without the site's name) and the
 * text before the table; its caption is {@code <caption>} or the short line just above it.
 */
public final class HtmlTableReader implements TableReader {

    /** A page with more tables than this is not a completion table. */
    static final int MAX_TABLES = 500;
    /** Lines before a table kept as its preamble: the document number, issuer and date are near the top anyhow. */
    private static final int MAX_PREAMBLE_LINES = 60;
    private static final int MAX_CAPTION_LENGTH = 60;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static final String CHROME_ELEMENTS = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, nav, aside, form, select, button, input, textarea, footer, head, [role=navigation], "
            + "[role=banner], [role=contentinfo], [role=search], [hidden], [aria-hidden=true]";
    /** Class or id words of page chrome: menus, breadcrumbs, share bars, footers … (as whole words or word parts). */
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(?i).*\\b[\\w-]*(nav|menu|breadcrumb|crumb|footer|topbar|toolbar|sidebar|share|copyright|"
                    + "dqwz|position|banner|logo|search|login|skip)[\\w-]*\\b.*");
    /** " _XX市人民政府", " - XX网": the site's name after the page title. */
    private static final Pattern SITE_SUFFIX = Pattern.compile(
            "\\s*[_|｜—–－-]+\\s*[^_|｜—–－-]*(网|网站|政府|门户|官网|平台|在线|人民政府|政务|办公室|委员会|局)\\s*$");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3");

    @Override
    public DocumentTables readTables(byte[] document) {
        try {
            return readDocument(parse(document));
        } catch (UnreadableDocumentException | NoTableFoundException expected) {
            throw expected;
        } catch (RuntimeException | StackOverflowError | IOException broken) {
            throw new UnreadableDocumentException("网页无法解析：" + DocumentFormat.describe(broken), broken);
        }
    }

    /** Reads an already decoded page. */
    public DocumentTables readHtml(String html) {
        return readDocument(Jsoup.parse(html));
    }

    /** Charset from the BOM or the meta tag; GB2312/GBK pages read as GB18030, their superset; else UTF-8 or GB18030. */
    private static Document parse(byte[] bytes) throws IOException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException("文档为空（没有内容）");
        }
        Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        String charset = document.charset().name().toUpperCase(Locale.ROOT);
        if (charset.equals("GB2312") || charset.equals("GBK") || charset.equals("X-GBK") || charset.equals("EUC-CN")) {
            return Jsoup.parse(new String(bytes, GB18030));
        }
        if (charset.equals("UTF-8") && !validUtf8(bytes)) {
            // No meta tag, or a wrong one: decode as the text reader does (UTF-8, else GB18030).
            return Jsoup.parse(TextDecoding.decode(bytes));
        }
        return document;
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private DocumentTables readDocument(Document page) {
        String title = title(page);
        removeChrome(page);
        List<Object> flow = flow(page.body() == null ? page : page.body());
        List<FoundTable> tables = new ArrayList<>();
        List<String> textBefore = new ArrayList<>();
        HtmlGrid.Budget budget = new HtmlGrid.Budget();
        for (Object item : flow) {
            if (item instanceof String line) {
                if (!PageChrome.isChrome(line)) {
                    textBefore.add(line);
                }
                continue;
            }
            Element table = (Element) item;
            if (tables.size() >= MAX_TABLES) {
                throw new OversizedDocumentException("网页中的表格超过" + MAX_TABLES + "个，不像是完成情况表，已拒绝");
            }
            List<TableWarning> warnings = new ArrayList<>();
            List<SourceRow> grid = HtmlGrid.of(table, tables.size() + 1, budget, warnings);
            List<String> preamble = new ArrayList<>();
            if (title != null) {
                preamble.add(title);
            }
            preamble.addAll(textBefore.subList(Math.max(0, textBefore.size() - MAX_PREAMBLE_LINES), textBefore.size()));
            if (grid.stream().allMatch(row -> GridTables.joined(row).isEmpty())) {
                continue;
            }
            String caption = caption(table, textBefore);
            if (!caption.isEmpty() && !preamble.contains(caption)) {
                preamble.add(caption);
            }
            FoundTable found = GridTables.read(caption, preamble, grid, warnings);
            tables.add(found);
            if (!found.hasTaskColumn()) {
                // A table of 索引号 | 发布机构 | … above the content is metadata for the tables below it.
                textBefore.addAll(found.firstLines());
            }
        }
        return new DocumentTables(tables.isEmpty() ? "网页（没有任何表格 <table>）" : "网页", tables);
    }

    /**
     * The page's title: the first heading that reads like a document title, else {@code <title>} without the site's
     * name, else the first heading.
     */
    private static String title(Document page) {
        List<String> candidates = new ArrayList<>();
        Element meta = page.selectFirst("meta[name=ArticleTitle], meta[property=og:title]");
        if (meta != null) {
            candidates.add(meta.attr("content"));
        }
        for (Element heading : page.select("h1, h2, h3")) {
            if (!isChrome(heading) && heading.parents().stream().noneMatch(HtmlTableReader::isChrome)
                    && heading.closest("table") == null) {
                candidates.add(heading.text());
            }
        }
        String documentTitle = page.title().isBlank() ? null : withoutSiteName(page.title());
        if (documentTitle != null) {
            candidates.add(documentTitle);
        }
        List<String> tidy = candidates.stream().map(c -> TextNormalizer.normalizeCell(c).replace('\n', ' '))
                .filter(c -> !c.isEmpty()).toList();
        return tidy.stream().filter(PlanMetadataExtractor::looksLikeTitle).findFirst()
                .orElse(tidy.isEmpty() ? null : tidy.get(0));
    }

    static String withoutSiteName(String title) {
        String result = title.strip();
        for (int i = 0; i < 3; i++) {
            String shorter = SITE_SUFFIX.matcher(result).replaceFirst("");
            if (shorter.equals(result) || shorter.isBlank()) {
                break;
            }
            result = shorter.strip();
        }
        return result;
    }

    private static void removeChrome(Document page) {
        page.select(CHROME_ELEMENTS).remove();
        // A class or id that names a menu or footer marks chrome, unless the element holds a table (then it is the
        // page's content wrapped in an unlucky name).
        for (Element element : page.select("[class], [id]")) {
            if (element.parent() != null && element.closest("table") == null && isChrome(element)
                    && element.selectFirst("table") == null && !HEADINGS.contains(element.normalName())) {
                element.remove();
            }
        }
        for (Element header : page.select("header")) {
            if (header.selectFirst("table") == null && header.closest("article, main") == null) {
                header.remove();
            }
        }
    }

    private static boolean isChrome(Element element) {
        String words = element.className() + " " + element.id();
        return !words.isBlank() && CHROME_CLASS.matcher(words).matches();
    }

    /**
     * The page as a sequence of text lines (Strings) and data tables (Elements), in document order. A table holding
     * other tables only lays them out: its cells' text and its inner tables are read in its place.
     */
    private static List<Object> flow(Element root) {
        List<Object> flow = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.text());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("table") && element.select("table").size() == 1) {
                        flush(line, flow);
                        flow.add(element);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.normalName().equals("br") || element.isBlock()) {
                        flush(line, flow);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    flush(line, flow);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(line, flow);
        return flow;
    }

    private static void flush(StringBuilder line, List<Object> flow) {
        String text = TextNormalizer.normalizeCell(line.toString());
        if (!text.isEmpty()) {
            flow.add(text);
        }
        line.setLength(0);
    }

    /** {@code <caption>}, or the last line above the table when it is short enough to be its heading. */
    private static String caption(Element table, List<String> textBefore) {
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            return TextNormalizer.normalizeCell(caption.text());
        }
        if (!textBefore.isEmpty()) {
            String last = textBefore.get(textBefore.size() - 1);
            if (last.length() <= MAX_CAPTION_LENGTH) {
                return last;
            }
        }
        return "";
    }
}
