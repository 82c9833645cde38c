-- The change feed (GET /api/v1/changes, org.duban.changes). Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- Feed positions are handed out from the data_revision row, which every writing transaction already updates and holds
-- locked until it commits: positions are therefore given in commit order, and a reader that has seen position n has
-- also seen every committed position below it (no gaps for a reader that follows "next").
-- changes_purged: the highest position the retention purge removed; a cursor below it no longer names a change.
alter table data_revision add column last_change bigint default 0 not null;
alter table data_revision add column changes_purged bigint default 0 not null;

-- One row per change, in commit order. plan_id and the plan's disclosure at the time decide who may read it
-- (anonymous callers: entries of PUBLIC plans; a deleted plan's entries keep the disclosure it had). No foreign keys:
-- the feed outlives what it describes.
create table change_feed (
    seq          bigint       not null primary key,
    occurred_at  timestamp    not null,
    change_type  varchar(40)  not null,
    entity_type  varchar(30)  not null,
    entity_id    bigint       not null,
    plan_id      bigint,
    task_id      bigint,
    disclosure   varchar(20),
    before_json  text,
    after_json   text
);
create index ix_change_feed_time on change_feed (occurred_at);
create index ix_change_feed_plan on change_feed (plan_id, seq);

-- The effective verdict of each indicator as last announced, kept by org.duban.task.StoredLights in the transaction of
-- the write that changes it, so that VERDICT_CHANGED can carry the verdict before. Verdicts do not depend on the date
-- (docs/domain.md), so only writes move it. Null until first computed (filled at start for older databases).
alter table indicators add column verdict varchar(20);
