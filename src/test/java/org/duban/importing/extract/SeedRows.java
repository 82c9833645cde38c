package org.duban.importing.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test fixture: the seed table's rows as (content, completion text), read the way docs/domain.md describes its layout. */
final class SeedRows {

    static final String RESOURCE = "/importing/extract/seed-000_52305dec2d8bb2c2.txt";
    private static final String HEADER = "任务内容 | 牵头单位 | 完成情况 |";

    record Row(String content, String units, String completion) {
    }

    private SeedRows() {
    }

    static List<Row> load() {
        String text = read();
        String body = text.substring(text.indexOf(HEADER) + HEADER.length());
        List<String> cells = Arrays.asList(body.split("\\|", -1));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i + 2 < cells.size() && rows.size() < 12; i += 3) {
            rows.add(new Row(cells.get(i).strip(), cells.get(i + 1).strip(), cells.get(i + 2).strip()));
        }
        // the last row's completion text continues after its closing bar
        String tail = String.join("|", cells.subList(36, cells.size())).strip();
        if (!tail.isEmpty()) {
            Row last = rows.remove(rows.size() - 1);
            rows.add(new Row(last.content(), last.units(), last.completion() + "\n" + tail));
        }
        return rows;
    }

    static String read() {
        try (InputStream in = SeedRows.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
