package org.duban.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Duban's own settings (prefix {@code duban}); each can also be set through the environment, e.g. DUBAN_DEMO_DATA. */
@ConfigMapping(prefix = "duban")
public interface DubanConfig {

    /** Directory of the embedded H2 database files. */
    @WithName("data-dir")
    @WithDefault("./data")
    String dataDir();

    /** Import the seed completion table on first start, when the database holds no plan. */
    @WithName("demo-data")
    @WithDefault("true")
    boolean demoData();

    /** Imports of documents. */
    @WithName("import")
    Import importing();

    /** Settings of {@code POST /api/v1/imports}. */
    interface Import {
        /** Largest document accepted, in bytes; larger ones are answered 413. */
        @WithName("max-bytes")
        @WithDefault("10485760")
        long maxBytes();
    }
}
