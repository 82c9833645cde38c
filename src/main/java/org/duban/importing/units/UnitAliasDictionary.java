package org.duban.importing.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.duban.importing.table.TextNormalizer;

/**
 * Knows the common abbreviations of government bodies (经信局 = 经济和信息化局, 发改委 = 发展和改革委员会 …) and uses
 * them to tell when two written names denote the same body. The place prefix is kept as written: 市经信局 and
 * 市经济和信息化局 match, 市经信局 and 区经信局 do not, and neither do 舟山市经信局 and 市经信局 unless the caller
 * says which region 市 stands for ({@link #matchKey(String, String)}).
 *
 * <p>The data is {@code importing/unit-abbreviations.tsv} on the classpath (short form, tab, full form).
 */
public final class UnitAliasDictionary {

    private static final String RESOURCE = "/importing/unit-abbreviations.tsv";
    /** What may stand before the body of a name: nothing, or a place or party-committee prefix. */
    private static final Pattern PLACE_PREFIX = Pattern.compile("^$|^.*([省市区县州旗镇乡盟]|街道|[市区县]委)$");

    private static final UnitAliasDictionary STANDARD = load(RESOURCE);

    /** Every form (short or full) → the full form of its group. */
    private final Map<String, String> fullFormOf;
    /** Full form → all forms of the group, full form first. */
    private final Map<String, Set<String>> forms;
    /** All forms, longest first, for suffix matching. */
    private final List<String> formsLongestFirst;

    private UnitAliasDictionary(Map<String, String> fullFormOf, Map<String, Set<String>> forms) {
        this.fullFormOf = Map.copyOf(fullFormOf);
        this.forms = Map.copyOf(forms);
        this.formsLongestFirst = fullFormOf.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The dictionary shipped with the application. */
    public static UnitAliasDictionary standard() {
        return STANDARD;
    }

    /** A dictionary from pairs short form → full form; a form may belong to one group only. */
    public static UnitAliasDictionary of(Map<String, String> shortToFull) {
        List<String[]> pairs = new ArrayList<>();
        shortToFull.forEach((shortForm, fullForm) -> pairs.add(new String[] {shortForm, fullForm}));
        return build(pairs);
    }

    private static UnitAliasDictionary load(String resource) {
        try (InputStream in = UnitAliasDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the TSV format: short form, tab, full form; {@code #} starts a comment; blank lines ignored. */
    public static UnitAliasDictionary parse(InputStream tsv) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String content = line.replaceFirst("#.*$", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] columns = content.split("\t");
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalArgumentException("unit abbreviations line " + number + ": expected short<TAB>full");
            }
            pairs.add(new String[] {columns[0].strip(), columns[1].strip()});
        }
        return build(pairs);
    }

    private static UnitAliasDictionary build(List<String[]> pairs) {
        Map<String, String> fullFormOf = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        for (String[] pair : pairs) {
            String shortForm = pair[0];
            String fullForm = pair[1];
            register(fullFormOf, fullForm, fullForm);
            register(fullFormOf, shortForm, fullForm);
            forms.computeIfAbsent(fullForm, f -> new LinkedHashSet<>(List.of(f))).add(shortForm);
        }
        return new UnitAliasDictionary(fullFormOf, forms);
    }

    private static void register(Map<String, String> fullFormOf, String form, String fullForm) {
        String existing = fullFormOf.putIfAbsent(form, fullForm);
        if (existing != null && !existing.equals(fullForm)) {
            throw new IllegalArgumentException("“" + form + "” is listed for both " + existing + " and " + fullForm);
        }
    }

    /**
     * The name and every other way of writing it with the same prefix: 市经济和信息化局 → {市经济和信息化局, 市经信局};
     * just the name (normalised) when the dictionary does not know its body.
     */
    public Set<String> equivalentForms(String name) {
        String normalised = normalise(name);
        Set<String> result = new LinkedHashSet<>();
        result.add(normalised);
        split(normalised).ifPresent(split -> forms.get(fullFormOf.get(split[1]))
                .forEach(form -> result.add(split[0] + form)));
        return result;
    }

    /**
     * A key equal for names denoting the same body: the prefix as written followed by the full form of the body,
     * parentheses and digits in ASCII, no spaces. 市经信局 and 市经济和信息化局 share a key; 定海区政府 and 普陀区政府 do not.
     */
    public String matchKey(String name) {
        String normalised = normalise(name);
        return split(normalised).map(split -> split[0] + fullFormOf.get(split[1])).orElse(normalised);
    }

    /**
     * As {@link #matchKey(String)}, reading a leading region name as 市 (舟山市经信局 in region 舟山市 is 市经信局), so
     * that a table naming its own city in full matches one using the short 市 prefix.
     */
    public String matchKey(String name, String region) {
        String normalised = normalise(name);
        String regionName = region == null ? "" : normalise(region);
        if (regionName.endsWith("市") && normalised.startsWith(regionName) && normalised.length() > regionName.length()) {
            normalised = "市" + normalised.substring(regionName.length());
        }
        return matchKey(normalised);
    }

    /** [prefix, body] when the name ends with a body the dictionary knows and starts with a plausible prefix. */
    private Optional<String[]> split(String name) {
        for (String form : formsLongestFirst) {
            if (name.endsWith(form)) {
                String prefix = name.substring(0, name.length() - form.length());
                if (PLACE_PREFIX.matcher(prefix).matches()) {
                    return Optional.of(new String[] {prefix, form});
                }
            }
        }
        return Optional.empty();
    }

    private static String normalise(String name) {
        return TextNormalizer.compact(name == null ? "" : name);
    }
}
