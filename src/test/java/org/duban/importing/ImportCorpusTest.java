package org.duban.importing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.duban.importing.corpus.CorpusGrader;
import org.duban.importing.corpus.CorpusKey;
import org.duban.importing.corpus.CorpusPreview;
import org.duban.importing.corpus.CorpusReport;
import org.duban.importing.corpus.Grade;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Grades the importer on the corpus of completion tables in src/test/resources/importing/corpus: every document is
 * posted as a dry run without planTitle or year and its preview is compared with the hand-written key. Prints a
 * table per layout class and per format.
 *
 * <p>Two bars. The goal of issue 8 (no refusal, nothing invented, units ≥ 95 %, targets ≥ 90 %, actuals ≥ 80 %) is
 * checked by {@code shouldImportTheCorpusWithinTheGoals}, tagged {@code corpus-goal} and left out of the default run
 * until the importer reaches it ({@code ./mvnw test -Dtest=ImportCorpusTest -DexcludedGroups=none}). The default run
 * checks the floor: what the importer has reached so far, raised whenever it improves, so that no change makes it
 * worse.
 */
@QuarkusTest
class ImportCorpusTest {

    static final double UNITS_EXACT_GOAL = 95.0;
    static final double TARGETS_EXACT_GOAL = 90.0;
    static final double ACTUALS_FOUND_GOAL = 80.0;

    /**
     * Reached on 2026-11-30 with 30 documents (units 98.6 %, targets 100 %, actuals 100 %, 0 invented): raise, never
     * lower — a document added later that the importer reads less well is a reason to improve the importer.
     */
    static final double UNITS_EXACT_FLOOR = 98.5;
    static final double TARGETS_EXACT_FLOOR = 100.0;
    static final double ACTUALS_FOUND_FLOOR = 100.0;
    static final int INVENTED_CEILING = 0;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void shouldNotFallBelowTheFloor() throws IOException, URISyntaxException {
        Grade all = gradeCorpus();
        List<String> failures = new ArrayList<>();
        check(failures, all.refused() == 0, all.refused() + " document(s) refused");
        check(failures, all.invented() <= INVENTED_CEILING,
                all.invented() + " invented target(s) or actual(s) > " + INVENTED_CEILING);
        check(failures, all.unitsExactPercent() >= UNITS_EXACT_FLOOR,
                "units exact %.1f %% < %.1f %%".formatted(all.unitsExactPercent(), UNITS_EXACT_FLOOR));
        check(failures, all.targetsExactPercent() >= TARGETS_EXACT_FLOOR,
                "targets exact %.1f %% < %.1f %%".formatted(all.targetsExactPercent(), TARGETS_EXACT_FLOOR));
        check(failures, all.actualsFoundPercent() >= ACTUALS_FOUND_FLOOR,
                "actuals found %.1f %% < %.1f %%".formatted(all.actualsFoundPercent(), ACTUALS_FOUND_FLOOR));
        assertThat(failures).as("import corpus below the floor").isEmpty();
    }

    @Test
    @Tag("corpus-goal")
    void shouldImportTheCorpusWithinTheGoals() throws IOException, URISyntaxException {
        Grade all = gradeCorpus();
        List<String> failures = new ArrayList<>();
        check(failures, all.refused() == 0, all.refused() + " document(s) refused");
        check(failures, all.invented() == 0, all.invented() + " invented target(s) or actual(s)");
        check(failures, all.unitsExactPercent() >= UNITS_EXACT_GOAL,
                "units exact %.1f %% < %.0f %%".formatted(all.unitsExactPercent(), UNITS_EXACT_GOAL));
        check(failures, all.targetsExactPercent() >= TARGETS_EXACT_GOAL,
                "targets exact %.1f %% < %.0f %%".formatted(all.targetsExactPercent(), TARGETS_EXACT_GOAL));
        check(failures, all.actualsFoundPercent() >= ACTUALS_FOUND_GOAL,
                "actuals found %.1f %% < %.0f %%".formatted(all.actualsFoundPercent(), ACTUALS_FOUND_GOAL));
        assertThat(failures).as("import corpus below the goal").isEmpty();
    }

    /** Grades every document of the corpus against its key and logs the tables and the misses. */
    private Grade gradeCorpus() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getClassLoader().getResource("importing/corpus").toURI());
        List<CorpusKey> keys = keys(corpus);
        assertThat(keys).as("answer keys in %s", corpus).hasSizeGreaterThanOrEqualTo(24);

        Map<String, Grade> byClass = new TreeMap<>();
        Map<String, Grade> byFormat = new TreeMap<>();
        Map<String, Grade> byDocument = new LinkedHashMap<>();
        Grade all = Grade.NONE;
        for (CorpusKey key : keys) {
            Grade grade = grade(key, Files.readAllBytes(corpus.resolve(key.document())));
            byClass.merge(key.layoutClass(), grade, Grade::plus);
            byFormat.merge(key.format(), grade, Grade::plus);
            byDocument.put(key.document(), grade);
            all = all.plus(grade);
        }
        String report = CorpusReport.table("Import corpus by layout class", byClass) + System.lineSeparator()
                + CorpusReport.table("Import corpus by format", byFormat);
        Log.info(System.lineSeparator() + report + System.lineSeparator()
                + CorpusReport.table("Import corpus by document", byDocument) + System.lineSeparator()
                + "Misses:" + System.lineSeparator() + String.join(System.lineSeparator(), all.findings()));
        return all;
    }

    private static List<CorpusKey> keys(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".key.json")).sorted()
                    .map(read()).toList();
        }
    }

    private static Function<Path, CorpusKey> read() {
        return p -> {
            try {
                return JSON.readValue(p.toFile(), CorpusKey.class);
            } catch (IOException e) {
                throw new IllegalStateException("unreadable key " + p, e);
            }
        };
    }

    /** Posts the document as a dry run, without planTitle or year, as the key says (body or multipart file). */
    private static Grade grade(CorpusKey key, byte[] document) throws IOException {
        RequestSpecification request = given().queryParam("region", key.region()).queryParam("dryRun", true);
        request = key.fileName() == null
                ? request.contentType(key.mediaType()).body(document)
                : request.multiPart("file", key.fileName(), document, key.mediaType());
        Response response = request.post("/api/v1/imports");
        if (response.statusCode() != 200) {
            return CorpusGrader.refused(key, response.statusCode(), response.asString());
        }
        return CorpusGrader.grade(key, JSON.readValue(response.asByteArray(), CorpusPreview.class));
    }

    private static void check(List<String> failures, boolean ok, String failure) {
        if (!ok) {
            failures.add(failure);
        }
    }
}
