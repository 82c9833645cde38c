package org.duban.importing;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.duban.config.DubanConfig;

/**
 * Imports the seed table (Zhoushan's 2023 completion table) through the importer on start, so that a new installation
 * shows real data. It does so once: an import of that document into 舟山市 is recorded, and that record outlives the
 * plan, so the demo never comes back after someone deleted it. Switched off with {@code duban.demo-data=false}.
 */
@ApplicationScoped
public class DemoData {

    static final String SEED = "seed/2023-zhoushan-completion-table.txt";
    static final String REGION = "舟山市";

    private final ImportService imports;
    private final ImportRecordRepository records;
    private final DubanConfig config;

    public DemoData(ImportService imports, ImportRecordRepository records, DubanConfig config) {
        this.imports = imports;
        this.records = records;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        byte[] seed = seed();
        if (records.count("sha256 = ?1 and region = ?2", ImportService.sha256(seed), REGION) > 0) {
            return;
        }
        ImportResult result = imports.commit(new ImportService.ImportCommand(REGION, null, null, false,
                "text/plain; charset=utf-8", SEED.substring(SEED.lastIndexOf('/') + 1), seed));
        Log.infof("Demo data: imported the seed table as plan %d (%d tasks, %d units, %d indicators)", result.planId(),
                result.created().tasks(), result.created().units(), result.created().indicators());
    }

    static byte[] seed() {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
