-- Assessment: a person's verdict on an indicator the rules cannot judge, and an editor's override of a task's light.
-- Both are the current state of the row they belong to (who, when, why), so that lists read them without another
-- query and the row's version guards them against lost updates. Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

alter table indicators add column manual_verdict varchar(20);
alter table indicators add column manual_verdict_reason varchar(500);
alter table indicators add column manual_verdict_set_by varchar(100);
alter table indicators add column manual_verdict_set_at timestamp;
alter table indicators add constraint ck_indicators_manual_verdict check (manual_verdict is null
    or (manual_verdict_reason is not null and manual_verdict_set_by is not null and manual_verdict_set_at is not null));

alter table tasks add column light_override varchar(10);
alter table tasks add column light_override_reason varchar(500);
alter table tasks add column light_override_set_by varchar(100);
alter table tasks add column light_override_set_at timestamp;
alter table tasks add constraint ck_tasks_light_override check (light_override is null
    or (light_override_reason is not null and light_override_set_by is not null and light_override_set_at is not null));
