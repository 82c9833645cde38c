package org.duban.importing.table;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link DocumentMetadata} from the preamble of a table: labelled lines (发布机构:…, 发布时间:…) and the bare
 * lines government portals print above an attachment (索引号, issuer, date, category, disclosure, 附件N, title).
 * Noise lines (访问次数, 信息来源 …) and page chrome are ignored.
 *
 * <p>The title is the document's title line, not a table's caption: a title-like line that names a year comes first,
 * then any other title-like line, then a caption's text (表1：…, 附件1：…), each time the first found; failing all,
 * the file name without its extension. The year comes from the title, then the caption, then a period phrase
 * (截至2024年6月底) of the preamble or the column headers, then the file name.
 */
public final class PlanMetadataExtractor {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Pattern INDEX_NUMBER = Pattern.compile("\\b(\\d{6,}/\\d{4}-\\d{3,})\\b");
    private static final Pattern ISSUE_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,12}[〔\\[［(（【]\\s*\\d{4}\\s*[〕\\]］)）】]\\s*\\d+\\s*号)");
    private static final Pattern LABEL = Pattern.compile("^([\\p{IsHan}]{2,6})\\s*[:：]\\s*(.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*(?:[-/.月])\\s*(\\d{1,2})\\s*日?");
    private static final Pattern DATE_TIME = Pattern.compile(DATE.pattern()
            + "\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})(?:\\s*[:：分]\\s*(\\d{1,2}))?");
    private static final Pattern ATTACHMENT = Pattern.compile("^(附件\\s*[0-9一二三四五六七八九十]+)\\s*[:：]?\\s*(.*)$");
    private static final Pattern ISSUER_ENDING = Pattern.compile(
            ".*(局|委|办|政府|中心|管委会|委员会|办公室|厅|部|院|署|公司|集团)$");
    private static final Pattern TITLE_WORDS = Pattern.compile(".*(表|清单|计划|任务|情况|报告|方案|台账|要点|安排|目标|项目|实事|工作|指标).*");
    /** 表1：…, 附表2 …: a table's caption, a title only when the document has no other. */
    private static final Pattern CAPTION = Pattern.compile("^(?:附?表|图)\\s*[0-9一二三四五六七八九十]+\\s*[:：.、\\s]?\\s*(.*)$");
    /** A sentence of the document's body, not a title line. */
    private static final Pattern SENTENCE = Pattern.compile(".*[，。；;！!？?].*|.*[:：,，]$");
    private static final int MAX_TITLE_LENGTH = 80;
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern CHINESE_YEAR = Pattern.compile("([〇零○一二三四五六七八九]{4})\\s*年");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private static final Set<String> NOISE_LABELS = Set.of("访问次数", "浏览次数", "信息来源", "来源", "点击数", "字号",
            "阅读次数", "作者", "责任编辑");
    private static final Set<String> ISSUER_LABELS = Set.of("发布机构", "发文机关", "发文单位", "发布单位", "发布部门", "制发机关");
    private static final Set<String> DOCUMENT_NUMBER_LABELS = Set.of("文号", "发文字号", "文件编号");
    private static final Set<String> INDEX_LABELS = Set.of("索引号");
    private static final Set<String> PUBLISHED_LABELS = Set.of("发布时间", "发布日期", "公开日期", "公开时间", "成文日期", "日期");
    private static final Set<String> CATEGORY_LABELS = Set.of("主题分类", "信息分类", "分类", "组配分类", "体裁分类", "类别");
    private static final Set<String> DISCLOSURE_LABELS = Set.of("公开方式", "公开属性", "公开类型");
    private static final Set<String> KNOWN_CATEGORIES = Set.of("工作计划与总结", "计划总结", "规划计划", "工作计划", "工作总结",
            "计划规划", "政策文件", "通知公告", "工作动态", "规划信息", "其他", "综合政务", "计划与总结");

    private PlanMetadataExtractor() {
    }

    /** The metadata the preamble lines hold. */
    public static DocumentMetadata extract(List<String> preamble) {
        return extract(preamble, List.of(), null);
    }

    /** The metadata of a table's document: its preamble, then its column headers and file name for what it lacks. */
    public static DocumentMetadata extract(ParsedTable table, String sourceName) {
        return extract(table.preamble(), table.headers(), sourceName);
    }

    /**
     * The metadata the preamble lines hold, the title and year completed from the column headers' period phrases and
     * the file name.
     *
     * @param sourceName the uploaded file's name ("2024年民生实事项目进展情况.docx"), or null
     */
    public static DocumentMetadata extract(List<String> preamble, List<String> headers, String sourceName) {
        Collected found = new Collected();
        for (String raw : preamble) {
            String line = TextNormalizer.normalizeCell(raw).replace('\n', ' ');
            if (!line.isEmpty() && !PageChrome.isChrome(line)) {
                read(line, found);
            }
        }
        String title = found.title != null ? found.title : found.captionTitle;
        String fileStem = fileStem(sourceName);
        if (title == null && fileStem != null) {
            title = fileStem;
        }
        Integer year = firstYear(found.title, found.captionTitle, found.caption);
        for (int i = 0; year == null && i < found.periodLines.size(); i++) {
            year = yearOf(found.periodLines.get(i));
        }
        for (int i = 0; year == null && i < headers.size(); i++) {
            year = yearOf(headers.get(i));
        }
        if (year == null && fileStem != null) {
            year = yearOf(fileStem);
            Matcher bare = FILE_YEAR.matcher(TextNormalizer.halfWidthAlphanumerics(fileStem));
            if (year == null && bare.find()) {
                year = Integer.valueOf(bare.group(1));
            }
        }
        String documentNumber = found.issueNumber != null ? found.issueNumber : found.indexNumber;
        LocalDate publishedOn = found.publishedOn;
        if (publishedOn == null && found.publishedAt != null) {
            publishedOn = found.publishedAt.atZone(CHINA).toLocalDate();
        }
        String issuer = found.labelledIssuer != null ? found.labelledIssuer : found.bareIssuer;
        return new DocumentMetadata(title, documentNumber, issuer, publishedOn, found.publishedAt,
                found.disclosure, found.category, found.attachment, year);
    }

    /** True when a line reads like the title of a document: names what the document is, and is not a sentence. */
    public static boolean looksLikeTitle(String line) {
        String text = line == null ? "" : line.strip();
        return text.length() >= 4 && text.length() <= MAX_TITLE_LENGTH && TITLE_WORDS.matcher(text).matches()
                && !SENTENCE.matcher(text).matches() && !CAPTION.matcher(text).matches()
                && !ATTACHMENT.matcher(text).matches();
    }

    private static Integer firstYear(String... texts) {
        for (String text : texts) {
            Integer year = yearOf(text);
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    private static String fileStem(String sourceName) {
        if (sourceName == null) {
            return null;
        }
        String name = sourceName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        String stem = TextNormalizer.normalizeCell(EXTENSION.matcher(name).replaceFirst("")).replace('\n', ' ');
        return stem.codePoints().anyMatch(Character::isLetter) ? stem : null;
    }

    /** The year a title speaks of: 2023年… or 二〇二三年…; null when it names none. */
    public static Integer yearOf(String title) {
        if (title == null) {
            return null;
        }
        Matcher arabic = YEAR.matcher(TextNormalizer.halfWidthAlphanumerics(title));
        if (arabic.find()) {
            return Integer.valueOf(arabic.group(1));
        }
        Matcher chinese = CHINESE_YEAR.matcher(title);
        if (chinese.find()) {
            int year = 0;
            for (char c : chinese.group(1).toCharArray()) {
                int digit = c == '零' || c == '○' ? 0 : CHINESE_DIGITS.indexOf(c);
                year = year * 10 + digit;
            }
            return year;
        }
        return null;
    }

    private static void read(String line, Collected found) {
        Matcher labelled = LABEL.matcher(line);
        if (labelled.matches()) {
            readLabelled(labelled.group(1), labelled.group(2).strip(), found);
            return;
        }
        Matcher attachment = ATTACHMENT.matcher(line);
        if (attachment.matches()) {
            found.attachment = attachment.group(1).replace(" ", "");
            found.caption(attachment.group(2));
            return;
        }
        Matcher caption = CAPTION.matcher(line);
        if (caption.matches()) {
            found.caption(caption.group(1));
            return;
        }
        if (readNumbers(line, found) || readDisclosure(line, found) || readDates(line, found)) {
            return;
        }
        if (KNOWN_CATEGORIES.contains(line) || line.endsWith("计划与总结")) {
            found.category = line;
        } else if (looksLikeTitle(line)) {
            found.title(line);
        } else if (found.bareIssuer == null && looksLikeIssuer(line)) {
            found.bareIssuer = line;
        } else if (YEAR.matcher(TextNormalizer.halfWidthAlphanumerics(line)).find()) {
            found.periodLines.add(line);
        }
    }

    private static void readLabelled(String label, String value, Collected found) {
        if (NOISE_LABELS.contains(label) || value.isEmpty()) {
            return;
        }
        if (ISSUER_LABELS.contains(label)) {
            found.labelledIssuer = value;
        } else if (DOCUMENT_NUMBER_LABELS.contains(label)) {
            found.issueNumber = value;
        } else if (INDEX_LABELS.contains(label)) {
            Matcher index = INDEX_NUMBER.matcher(value);
            found.indexNumber = index.find() ? index.group(1) : value;
        } else if (PUBLISHED_LABELS.contains(label)) {
            readDates(value, found);
        } else if (CATEGORY_LABELS.contains(label)) {
            found.category = value;
        } else if (DISCLOSURE_LABELS.contains(label)) {
            readDisclosure(value, found);
        } else if (label.equals("标题") || label.equals("名称")) {
            found.title = value;
            found.titleHasYear = true;
        }
    }

    private static boolean readNumbers(String line, Collected found) {
        Matcher index = INDEX_NUMBER.matcher(line);
        if (index.find() && index.group(1).length() >= line.length() - 4) {
            found.indexNumber = index.group(1);
            return true;
        }
        Matcher issue = ISSUE_NUMBER.matcher(line);
        if (issue.find() && issue.group(1).length() >= line.length() - 4) {
            found.issueNumber = issue.group(1).replaceAll("\\s", "")
                    .replaceAll("[\\[［(（【]", "〔").replaceAll("[\\]］)）】]", "〕");
            return true;
        }
        return false;
    }

    private static boolean readDisclosure(String line, Collected found) {
        String compact = TextNormalizer.compact(line);
        if (compact.equals("主动公开")) {
            found.disclosure = DocumentMetadata.PUBLIC;
            return true;
        }
        if (compact.equals("不予公开") || compact.equals("依申请公开") || compact.equals("不公开")) {
            found.disclosure = DocumentMetadata.INTERNAL;
            return true;
        }
        return false;
    }

    /** A line that is a date or a date and time, nothing more. */
    private static boolean readDates(String line, Collected found) {
        Matcher dateTime = DATE_TIME.matcher(line);
        if (dateTime.find() && dateTime.group().length() >= line.strip().length() - 2) {
            Optional<LocalDateTime> value = dateTime(dateTime);
            value.ifPresent(v -> {
                found.publishedAt = v.atZone(CHINA).toInstant();
                if (found.publishedOn == null) {
                    found.publishedOn = v.toLocalDate();
                }
            });
            return value.isPresent();
        }
        Matcher date = DATE.matcher(line);
        if (date.find() && date.group().length() >= line.strip().length() - 1) {
            Optional<LocalDate> value = date(date);
            value.ifPresent(v -> found.publishedOn = v);
            return value.isPresent();
        }
        return false;
    }

    private static Optional<LocalDate> date(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> dateTime(Matcher m) {
        try {
            int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeIssuer(String line) {
        return line.length() <= 30 && !line.matches(".*\\d.*") && ISSUER_ENDING.matcher(line).matches();
    }

    /** What has been found so far. */
    private static final class Collected {
        String title;
        /** The title names a year (or was labelled 标题): a later title-like line does not replace it. */
        boolean titleHasYear;
        /** The text of the first caption (表1：…, 附件1：…), the title of last resort. */
        String captionTitle;
        /** The first caption line as written, for its year. */
        String caption;
        final List<String> periodLines = new java.util.ArrayList<>();
        String indexNumber;
        String issueNumber;
        String labelledIssuer;
        String bareIssuer;
        LocalDate publishedOn;
        Instant publishedAt;
        String disclosure;
        String category;
        String attachment;

        /** The first title-like line that names a year wins; without one, the first title-like line. */
        void title(String line) {
            boolean hasYear = yearOf(line) != null;
            if (title == null || (hasYear && !titleHasYear)) {
                title = line;
                titleHasYear = hasYear;
            }
        }

        void caption(String text) {
            if (caption == null && !text.isBlank()) {
                caption = text;
                captionTitle = TITLE_WORDS.matcher(text).matches() ? text : null;
            }
        }
    }
}
