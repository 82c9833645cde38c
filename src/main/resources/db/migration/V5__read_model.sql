-- Read model. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

-- One counter that every write transaction increments once before it commits (org.duban.common.DataRevision). Reads
-- compare it with the revision a cached representation was rendered at, so that a write on one instance is seen by
-- the next read on any other instance sharing the database.
create table data_revision (
    id        integer not null primary key,
    revision  bigint  not null,
    constraint ck_data_revision_single check (id = 1)
);
insert into data_revision (id, revision) values (1, 0);

-- A task's computed light, kept current by the writes that change it (org.duban.task.StoredLights). The light depends
-- on the date only through "is the due date past?", so both answers are stored: light_open holds on and before the due
-- date (and always when there is none), light_overdue after it. Any asOf is then read, and filtered on, from columns.
-- light_as_of: the date the task's history last recorded its light for; the midnight job moves it when a due date
-- passes. Not versioned: upkeep never makes a client's If-Match or optimistic lock fail.
alter table tasks add column light_open varchar(10);
alter table tasks add column light_open_reason varchar(500);
alter table tasks add column light_overdue varchar(10);
alter table tasks add column light_overdue_reason varchar(500);
alter table tasks add column light_as_of date;
create index ix_tasks_plan_light on tasks (plan_id, light_open, light_overdue);
