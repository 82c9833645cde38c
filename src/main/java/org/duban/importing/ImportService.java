package org.duban.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.duban.audit.AuditAction;
import org.duban.audit.AuditEntityType;
import org.duban.audit.AuditLog;
import org.duban.task.StoredLights;
import org.duban.task.TaskScope;
import org.duban.common.InvalidRequestException;
import org.duban.common.PageRequest;
import org.duban.common.PageResponse;
import org.duban.common.ResourceNotFoundException;
import org.duban.config.DubanConfig;
import org.duban.importing.table.DocumentFormat;
import org.duban.importing.table.DocumentMetadata;
import org.duban.importing.table.DocumentTables;
import org.duban.importing.table.NoTableFoundException;
import org.duban.importing.table.OversizedDocumentException;
import org.duban.importing.table.ParsedTable;
import org.duban.importing.table.PlanMetadataExtractor;
import org.duban.importing.table.TableReader;
import org.duban.importing.table.TableReaders;
import org.duban.importing.table.UnreadableDocumentException;

/**
 * Imports a published completion table: reads it, interprets it as a plan with tasks, units and indicators, and either
 * previews the result (a dry run, rolled back so that nothing is written) or commits it in one transaction with a
 * record of what it did.
 */
@ApplicationScoped
public class ImportService {

    private final ImportWriter writer;
    private final ImportRecordRepository records;
    private final ObjectMapper json;
    private final long maxBytes;
    private final DraftBuilder drafts = new DraftBuilder();
    private final AuditLog audit;
    private final StoredLights storedLights;

    public ImportService(ImportWriter writer, ImportRecordRepository records, ObjectMapper json, DubanConfig config,
            AuditLog audit, StoredLights storedLights) {
        this.writer = writer;
        this.records = records;
        this.json = json;
        this.maxBytes = config.importing().maxBytes();
        this.audit = audit;
        this.storedLights = storedLights;
    }

    /**
     * A document to import and what the caller says about it.
     *
     * @param table 1-based number of the document's table to import, or null for the first with a task column
     */
    public record ImportCommand(String region, String planTitle, Integer year, boolean dryRun, String mediaType,
            String sourceName, byte[] document, Integer table) {

        /** A command for the first task table of the document. */
        public ImportCommand(String region, String planTitle, Integer year, boolean dryRun, String mediaType,
                String sourceName, byte[] document) {
            this(region, planTitle, year, dryRun, mediaType, sourceName, document, null);
        }
    }

    /** A document read: the draft of its chosen table, and every table it holds for the preview's list. */
    private record ReadDocument(ImportDraft draft, DocumentTables tables, ParsedTable chosen) {
    }

    /** The limit on a document's size, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Reads a request body up to the size limit; one byte more is a 413. */
    public byte[] readLimited(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw ImportProblem.tooLarge(maxBytes);
        }
        return bytes;
    }

    public ImportPreview preview(ImportCommand command) {
        ReadDocument read = read(command);
        ImportDraft draft = read.draft();
        // The preview runs the real import and rolls it back: what it shows is exactly what a commit would do.
        QuarkusTransaction.begin();
        try {
            return ImportPreview.of(draft, writer.write(draft), ImportPreview.tables(read.tables(), read.chosen()));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    public ImportResult commit(ImportCommand command) {
        ImportDraft draft = read(command).draft();
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportWriter.Outcome outcome = writer.write(draft);
            ImportRecord record = record(command, outcome);
            records.persist(record);
            // The rows were written directly, not through the task services: bring the plan's stored lights up to date.
            storedLights.refresh(TaskScope.plan(outcome.plan().id));
            // One audit entry for the whole document, identified by its hash, rather than one per row it wrote.
            audit.record(AuditAction.IMPORT, AuditEntityType.IMPORT, record.id, null, "sha256=" + record.sha256
                    + ", plan " + record.planId, null, ImportRecordResponse.of(record, json));
            return new ImportResult(record.id, outcome.plan().id, outcome.created(), outcome.updated(),
                    outcome.warnings());
        });
    }

    public ImportRecordResponse get(long id) {
        return records.findByIdOptional(id).map(r -> ImportRecordResponse.of(r, json))
                .orElseThrow(() -> new ResourceNotFoundException("import", id));
    }

    public PageResponse<ImportRecordResponse> list(Long planId, PageRequest page) {
        var query = planId == null ? records.find("order by importedAt desc, id desc")
                : records.find("planId = ?1 order by importedAt desc, id desc", planId);
        query.page(page.page(), page.size());
        return PageResponse.of(query.list().stream().map(r -> ImportRecordResponse.of(r, json)).toList(), page,
                query.count());
    }

    private ReadDocument read(ImportCommand command) {
        if (command.region() == null || command.region().isBlank()) {
            throw new InvalidRequestException("region", "is required: the region the plan and its units belong to,"
                    + " e.g. 舟山市");
        }
        if (command.region().strip().length() > 100) {
            throw new InvalidRequestException("region", "must be at most 100 characters");
        }
        if (command.year() != null && (command.year() < DraftBuilder.MIN_YEAR || command.year() > DraftBuilder.MAX_YEAR)) {
            throw new InvalidRequestException("year", "must be between " + DraftBuilder.MIN_YEAR + " and "
                    + DraftBuilder.MAX_YEAR);
        }
        if (command.planTitle() != null && command.planTitle().strip().length() > 300) {
            throw new InvalidRequestException("planTitle", "must be at most 300 characters");
        }
        if (command.document().length == 0) {
            throw ImportProblem.unprocessable("文档为空");
        }
        if (command.table() != null && command.table() < 1) {
            throw new InvalidRequestException("table", "must be 1 or more: the number of the document's table");
        }
        TableReader reader = TableReaders.forMediaType(command.mediaType())
                .orElseThrow(() -> ImportProblem.unsupportedType(command.mediaType()));
        try {
            DocumentTables tables = reader.readTables(command.document());
            ParsedTable table = select(tables, command.table());
            // The caller's title and year win; then the document's; then the file name's.
            DocumentMetadata document = PlanMetadataExtractor.extract(table.preamble(), table.headers(), null);
            DocumentMetadata withFileName = PlanMetadataExtractor.extract(table, command.sourceName());
            String title = command.planTitle() != null && !command.planTitle().isBlank() ? command.planTitle()
                    : withFileName.title();
            Integer year = command.year() != null ? command.year()
                    : document.year() != null ? document.year()
                    : PlanMetadataExtractor.yearOf(title) != null ? PlanMetadataExtractor.yearOf(title)
                    : withFileName.year();
            var options = new DraftBuilder.Options(command.region().strip(), title, year, sourceText(command));
            return new ReadDocument(drafts.build(table, options), tables, table);
        } catch (OversizedDocumentException e) {
            throw ImportProblem.oversized(e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw ImportProblem.unreadable(e.getMessage());
        } catch (NoTableFoundException | IncompleteDocumentException e) {
            throw ImportProblem.unprocessable(e.getMessage());
        }
    }

    private static ParsedTable select(DocumentTables tables, Integer number) {
        try {
            return tables.select(number);
        } catch (IllegalArgumentException outOfRange) {
            throw new InvalidRequestException("table", outOfRange.getMessage());
        }
    }

    /** The document's text, kept on the plan for reference, when it is UTF-8 text (not markup, not a file). */
    private static String sourceText(ImportCommand command) {
        if (DocumentFormat.detect(command.document()) != DocumentFormat.TEXT) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(command.document()))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private ImportRecord record(ImportCommand command, ImportWriter.Outcome outcome) {
        ImportRecord r = new ImportRecord();
        r.region = command.region().strip();
        r.planId = outcome.plan().id;
        r.sourceName = command.sourceName() == null ? null
                : command.sourceName().length() > 300 ? command.sourceName().substring(0, 300) : command.sourceName();
        r.mediaType = command.mediaType().length() > 100 ? command.mediaType().substring(0, 100) : command.mediaType();
        r.sha256 = sha256(command.document());
        r.byteSize = command.document().length;
        ImportCounts c = outcome.created();
        ImportCounts u = outcome.updated();
        r.createdPlans = c.plans();
        r.createdTasks = c.tasks();
        r.createdUnits = c.units();
        r.createdIndicators = c.indicators();
        r.createdMeasurements = c.measurements();
        r.createdProgressReports = c.progressReports();
        r.updatedPlans = u.plans();
        r.updatedTasks = u.tasks();
        r.updatedIndicators = u.indicators();
        r.updatedMeasurements = u.measurements();
        try {
            r.warnings = json.writeValueAsString(outcome.warnings());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        r.importedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return r;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
