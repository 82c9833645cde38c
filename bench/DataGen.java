import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark data: clones the seed plan (the demo import) into plans of about 1,000 tasks, in SQL, through the schema
 * the service's own Flyway migrations created. Run by bench/run.sh with the service stopped (H2 locks its file):
 * {@code java -cp <h2 and pg drivers> bench/DataGen.java URL USER PASSWORD FIRST_PLAN LAST_PLAN TASKS_PER_PLAN}.
 *
 * <p>Each plan lives in its own region and holds ceil(TASKS_PER_PLAN / seed tasks) copies ("blocks") of the seed's
 * tasks, units (names suffixed with the block), assignments, indicators with their targets, measurements and progress
 * reports: the seed's proportions, and its verdicts and lights. Columns are read from the database, so columns that
 * later migrations add (a read model's stored light, a revision) are copied from the seed rows too; only ids and the
 * references between cloned rows are rewritten. A row cloned into block b gets the id b × SPAN + its seed id.
 */
public class DataGen {

    /** Cloned tables in insertion order, with their columns that reference another cloned row (rewritten per block). */
    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("units", List.of("id"));
        TABLES.put("unit_aliases", List.of("unit_id"));
        TABLES.put("tasks", List.of("id", "plan_id"));
        TABLES.put("task_assignments", List.of("id", "task_id", "unit_id"));
        TABLES.put("assignment_divisions", List.of("assignment_id", "unit_id"));
        TABLES.put("indicators", List.of("id", "task_id"));
        TABLES.put("measurements", List.of("id", "indicator_id"));
        TABLES.put("progress_reports", List.of("id", "task_id"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: DataGen URL USER PASSWORD FIRST_PLAN LAST_PLAN TASKS_PER_PLAN");
            System.exit(2);
        }
        int firstPlan = Integer.parseInt(args[3]);
        int lastPlan = Integer.parseInt(args[4]);
        int tasksPerPlan = Integer.parseInt(args[5]);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            new DataGen(db).generate(firstPlan, lastPlan, tasksPerPlan);
            db.commit();
        }
        System.out.printf("generated plans %d..%d in %.1f s%n", firstPlan, lastPlan, (System.nanoTime() - started) / 1e9);
    }

    private final Connection db;

    private DataGen(Connection db) {
        this.db = db;
    }

    private void generate(int firstPlan, int lastPlan, int tasksPerPlan) throws SQLException {
        long seedPlan = scalar("select min(id) from plans");
        String seedRegion = text("select region from plans where id = " + seedPlan);
        long seedTasks = scalar("select count(*) from tasks where plan_id = " + seedPlan);
        if (seedTasks == 0) {
            throw new IllegalStateException("the seed plan " + seedPlan + " has no tasks: start the service once with demo data");
        }
        // Ids of cloned rows are block * span + seed id: span exceeds every id there is, so nothing collides.
        long maxId = 0;
        for (String table : List.of("plans", "units", "tasks", "task_assignments", "indicators", "measurements",
                "progress_reports")) {
            maxId = Math.max(maxId, scalar("select coalesce(max(id), 0) from " + table));
        }
        long span = 1;
        while (span <= maxId) {
            span *= 10;
        }
        int blocksPerPlan = (int) ((tasksPerPlan + seedTasks - 1) / seedTasks);
        long maxOrdinal = scalar("select max(ordinal) from tasks where plan_id = " + seedPlan);
        if ((long) lastPlan * blocksPerPlan * span > Long.MAX_VALUE / 4) {
            throw new IllegalStateException("too many blocks");
        }

        exec("create table bench_blocks (block bigint not null primary key, plan_no bigint not null, ordinal_base bigint not null)");
        try (PreparedStatement insert = db.prepareStatement("insert into bench_blocks values (?, ?, ?)")) {
            int pending = 0;
            for (int plan = firstPlan; plan <= lastPlan; plan++) {
                for (int i = 0; i < blocksPerPlan; i++) {
                    insert.setLong(1, (long) (plan - 1) * blocksPerPlan + i + 1);
                    insert.setLong(2, plan);
                    insert.setLong(3, i * maxOrdinal);
                    insert.addBatch();
                    if (++pending % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }

        // Plans: the seed plan's columns, in a region of their own, PUBLIC like the seed.
        Map<String, String> planExpr = new LinkedHashMap<>();
        planExpr.put("id", "p.plan_no * " + span + " + s.id");
        planExpr.put("title", "concat('基准计划 ', cast(p.plan_no as varchar(20)))");
        planExpr.put("region", "concat('基准市', cast(p.plan_no as varchar(20)))");
        planExpr.put("issuer_id", "null");
        planExpr.put("document_number", "null");
        insertSelect("plans", planExpr, "(select distinct plan_no from bench_blocks) p cross join plans s",
                "s.id = " + seedPlan);

        String region = "concat('基准市', cast(b.plan_no as varchar(20)))";
        String blockRows = "bench_blocks b cross join ";
        for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
            String name = table.getKey();
            Map<String, String> expr = new LinkedHashMap<>();
            for (String reference : table.getValue()) {
                expr.put(reference, "b.block * " + span + " + s." + reference);
            }
            String where;
            switch (name) {
                case "units" -> {
                    expr.put("region", region);
                    expr.put("name", "concat(s.name, '·', cast(b.block as varchar(20)))");
                    expr.put("parent_id", "null");
                    where = "s.region = '" + seedRegion.replace("'", "''") + "'";
                }
                case "unit_aliases" -> {
                    expr.put("alias", "concat(s.alias, '·', cast(b.block as varchar(20)))");
                    where = "s.unit_id in (select id from units where region = '" + seedRegion.replace("'", "''") + "')";
                }
                case "tasks" -> {
                    expr.put("plan_id", "b.plan_no * " + span + " + s.plan_id");
                    expr.put("ordinal", "b.ordinal_base + s.ordinal");
                    expr.put("parent_id", "null");
                    where = "s.plan_id = " + seedPlan;
                }
                case "task_assignments", "indicators", "progress_reports" ->
                        where = "s.task_id in (select id from tasks where plan_id = " + seedPlan + ")";
                case "assignment_divisions" -> where = "s.assignment_id in (select a.id from task_assignments a"
                        + " join tasks t on t.id = a.task_id where t.plan_id = " + seedPlan + ")";
                case "measurements" -> where = "s.indicator_id in (select i.id from indicators i"
                        + " join tasks t on t.id = i.task_id where t.plan_id = " + seedPlan + ")";
                default -> throw new IllegalStateException(name);
            }
            insertSelect(name, expr, blockRows + name + " s", where);
        }
        // Parents after all rows exist (H2 checks a foreign key per row), only on the clones of rows that have one.
        for (String name : List.of("units", "tasks")) {
            exec("update " + name + " set parent_id = (" + name + ".id / " + span + ") * " + span
                    + " + (select s.parent_id from " + name + " s where s.id = " + name + ".id % " + span + ")"
                    + " where id in (select b.block * " + span + " + s.id from bench_blocks b cross join " + name
                    + " s where s.parent_id is not null and s.id < " + span + " and "
                    + (name.equals("units") ? "s.region = '" + seedRegion.replace("'", "''") + "'" : "s.plan_id = " + seedPlan)
                    + ")");
        }
        exec("drop table bench_blocks");

        // Sequences above every id, so that writes after the benchmark's data get fresh ones (pooled by 50).
        for (String table : List.of("plans", "units", "tasks", "task_assignments", "indicators", "measurements",
                "progress_reports")) {
            long next = scalar("select coalesce(max(id), 0) from " + table) + 100;
            exec("alter sequence " + table + "_seq restart with " + next);
        }
        System.out.printf("span %d, %d blocks of %d seed tasks per plan; now %d plans, %d tasks, %d units, %d indicators,"
                        + " %d measurements%n", span, blocksPerPlan, seedTasks, scalar("select count(*) from plans"),
                scalar("select count(*) from tasks"), scalar("select count(*) from units"),
                scalar("select count(*) from indicators"), scalar("select count(*) from measurements"));
    }

    /** INSERT INTO table (every column) SELECT the seed row's value, or the given expression, FROM rows WHERE where. */
    private void insertSelect(String table, Map<String, String> expressions, String from, String where)
            throws SQLException {
        List<String> columns = columns(table);
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(expressions.getOrDefault(column, "s." + column));
        }
        exec("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + from + " where " + where);
    }

    private List<String> columns(String table) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        List<String> columns = new ArrayList<>();
        for (String candidate : List.of(table, table.toUpperCase())) {
            try (ResultSet rs = meta.getColumns(null, null, candidate, null)) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase("public")) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase());
                    }
                }
            }
            if (!columns.isEmpty()) {
                return columns;
            }
        }
        throw new IllegalStateException("no table " + table);
    }

    private void exec(String sql) throws SQLException {
        long started = System.nanoTime();
        try (Statement st = db.createStatement()) {
            int rows = st.executeUpdate(sql);
            if (System.getenv("DATAGEN_VERBOSE") != null) {
                System.out.printf("%6d rows %6.2f s  %s%n", rows, (System.nanoTime() - started) / 1e9,
                        sql.length() > 100 ? sql.substring(0, 100) + "…" : sql);
            }
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
