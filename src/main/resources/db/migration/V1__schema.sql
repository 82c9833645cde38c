-- Duban schema. One script for H2 (MODE=PostgreSQL) and PostgreSQL: portable types only.
-- Sequences step by 50 to match Hibernate's pooled allocation (allocationSize = 50).

create sequence units_seq start with 1 increment by 50;
create sequence plans_seq start with 1 increment by 50;
create sequence tasks_seq start with 1 increment by 50;
create sequence task_assignments_seq start with 1 increment by 50;
create sequence indicators_seq start with 1 increment by 50;
create sequence measurements_seq start with 1 increment by 50;
create sequence progress_reports_seq start with 1 increment by 50;

create table units (
    id          bigint       not null primary key,
    region      varchar(100) not null,
    name        varchar(200) not null,
    kind        varchar(30)  not null,
    parent_id   bigint       references units (id),
    version     integer      not null,
    created_at  timestamp    not null,
    updated_at  timestamp    not null,
    constraint uk_units_region_name unique (region, name)
);
create index ix_units_parent on units (parent_id);
create index ix_units_kind on units (kind);

create table unit_aliases (
    unit_id  bigint       not null references units (id) on delete cascade,
    alias    varchar(200) not null,
    constraint pk_unit_aliases primary key (unit_id, alias)
);
create index ix_unit_aliases_alias on unit_aliases (alias);

create table plans (
    id               bigint       not null primary key,
    title            varchar(300) not null,
    plan_year        integer      not null,
    region           varchar(100) not null,
    issuer_id        bigint       references units (id),
    published_on     date,
    document_number  varchar(100),
    disclosure       varchar(20)  not null,
    source_text      text,
    version          integer      not null,
    created_at       timestamp    not null,
    updated_at       timestamp    not null,
    constraint uk_plans_region_year_title unique (region, plan_year, title)
);
create index ix_plans_issuer on plans (issuer_id);

create table tasks (
    id          bigint        not null primary key,
    plan_id     bigint        not null references plans (id),
    parent_id   bigint        references tasks (id),
    ordinal     integer       not null,
    content     varchar(8000) not null,
    status      varchar(20)   not null,
    due_date    date,
    version     integer       not null,
    created_at  timestamp     not null,
    updated_at  timestamp     not null,
    constraint uk_tasks_plan_ordinal unique (plan_id, ordinal)
);
create index ix_tasks_parent on tasks (parent_id);
create index ix_tasks_status on tasks (status);
create index ix_tasks_updated on tasks (updated_at, id);
create index ix_tasks_due on tasks (due_date, id);

create table task_assignments (
    id               bigint      not null primary key,
    task_id          bigint      not null references tasks (id) on delete cascade,
    unit_id          bigint      not null references units (id),
    assignment_role  varchar(20) not null,
    list_position    integer     not null,
    constraint uk_task_assignments_unit unique (task_id, unit_id)
);
create index ix_task_assignments_unit on task_assignments (unit_id);

create table assignment_divisions (
    assignment_id  bigint not null references task_assignments (id) on delete cascade,
    unit_id        bigint not null references units (id),
    constraint pk_assignment_divisions primary key (assignment_id, unit_id)
);
create index ix_assignment_divisions_unit on assignment_divisions (unit_id);

create table indicators (
    id                  bigint         not null primary key,
    task_id             bigint         not null references tasks (id) on delete cascade,
    name                varchar(200)   not null,
    kind                varchar(20)    not null,
    accumulation        varchar(20)    not null,
    direction           varchar(20)    not null,
    commitment          varchar(20)    not null,
    target_comparator   varchar(10),
    target_value        numeric(38, 10),
    target_unit         varchar(30),
    target_period_from  date,
    target_period_to    date,
    target_period_label varchar(50),
    source_text         varchar(2000),
    version             integer        not null,
    created_at          timestamp      not null,
    updated_at          timestamp      not null
);
create index ix_indicators_task on indicators (task_id, id);

create table measurements (
    id            bigint          not null primary key,
    indicator_id  bigint          not null references indicators (id) on delete cascade,
    amount        numeric(38, 10) not null,
    unit_symbol   varchar(30)     not null,
    qualifier     varchar(10),
    period_from   date            not null,
    period_to     date            not null,
    period_label  varchar(50),
    status        varchar(20)     not null,
    source_text   varchar(2000),
    reported_at   timestamp       not null,
    constraint uk_measurements_natural unique (indicator_id, period_from, period_to, status)
);
create index ix_measurements_indicator on measurements (indicator_id, period_to);

create table progress_reports (
    id            bigint        not null primary key,
    task_id       bigint        not null references tasks (id) on delete cascade,
    period_from   date          not null,
    period_to     date          not null,
    period_label  varchar(50),
    narrative     varchar(8000) not null,
    reported_at   timestamp     not null
);
create index ix_progress_reports_task on progress_reports (task_id, reported_at);
