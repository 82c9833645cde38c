-- Whether the start-up fill of org.duban.task.StoredLights is still to run: it computes the lights of tasks and the
-- verdicts of indicators that a database older than the read model (V5) or the change feed (V6) lacks. Every write
-- keeps them after that, so one run is enough; searching for missing ones at every start read every indicator (1.2 s
-- of a start on H2 with 100k tasks). False here, so that the next start fills whatever this database lacks.
create table read_model_fill (
    id    integer not null primary key,
    done  boolean not null,
    constraint ck_read_model_fill_single check (id = 1)
);
insert into read_model_fill (id, done) values (1, false);
