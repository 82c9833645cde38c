-- What each committed import did: the document's identity and the counts of what it created and updated.
-- The record outlives its plan (plan_id set null), so that a deleted demo plan is not imported again.
create sequence imports_seq start with 1 increment by 50;

create table imports (
    id                        bigint       not null primary key,
    region                    varchar(100) not null,
    plan_id                   bigint       references plans (id) on delete set null,
    source_name               varchar(300),
    media_type                varchar(100) not null,
    sha256                    varchar(64)  not null,
    byte_size                 bigint       not null,
    created_plans             integer      not null,
    created_tasks             integer      not null,
    created_units             integer      not null,
    created_indicators        integer      not null,
    created_measurements      integer      not null,
    created_progress_reports  integer      not null,
    updated_plans             integer      not null,
    updated_tasks             integer      not null,
    updated_indicators        integer      not null,
    updated_measurements      integer      not null,
    warnings                  text,
    imported_at               timestamp    not null
);
create index ix_imports_plan on imports (plan_id, imported_at);
create index ix_imports_sha on imports (sha256);
