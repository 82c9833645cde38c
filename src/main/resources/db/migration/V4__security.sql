-- Access control and audit. Portable between H2 (MODE=PostgreSQL) and PostgreSQL; sequences step by 50 like the others.

create sequence accounts_seq start with 1 increment by 50;
create sequence api_keys_seq start with 1 increment by 50;
create sequence audit_log_seq start with 1 increment by 50;

-- People: HTTP Basic with a bcrypt hash. A reporter is bound to units (tasks of those units and their divisions).
create table accounts (
    id             bigint       not null primary key,
    username       varchar(64)  not null,
    password_hash  varchar(100) not null,
    enabled        boolean      not null,
    version        integer      not null,
    created_at     timestamp    not null,
    updated_at     timestamp    not null,
    constraint uk_accounts_username unique (username)
);

create table account_roles (
    account_id  bigint      not null references accounts (id) on delete cascade,
    role        varchar(20) not null,
    constraint pk_account_roles primary key (account_id, role),
    constraint ck_account_roles_role check (role in ('viewer', 'reporter', 'editor', 'admin'))
);

-- Deleting a unit unbinds it from its reporters rather than being refused.
create table account_units (
    account_id  bigint not null references accounts (id) on delete cascade,
    unit_id     bigint not null references units (id) on delete cascade,
    constraint pk_account_units primary key (account_id, unit_id)
);
create index ix_account_units_unit on account_units (unit_id);

-- Systems: API keys sent as "Authorization: Bearer dbn_…". Only the SHA-256 of the key is stored.
create table api_keys (
    id            bigint       not null primary key,
    name          varchar(100) not null,
    role          varchar(20)  not null,
    key_prefix    varchar(16)  not null,
    key_hash      varchar(64)  not null,
    created_by    varchar(200) not null,
    created_at    timestamp    not null,
    last_used_at  timestamp,
    revoked_at    timestamp,
    constraint uk_api_keys_hash unique (key_hash),
    constraint ck_api_keys_role check (role in ('viewer', 'reporter', 'editor', 'admin'))
);

create table api_key_units (
    api_key_id  bigint not null references api_keys (id) on delete cascade,
    unit_id     bigint not null references units (id) on delete cascade,
    constraint pk_api_key_units primary key (api_key_id, unit_id)
);
create index ix_api_key_units_unit on api_key_units (unit_id);

-- Who changed what: one row per create, update or delete (and one per import), with the before and after
-- representations as JSON. No foreign keys: the trail outlives what it describes.
create table audit_log (
    id           bigint       not null primary key,
    occurred_at  timestamp    not null,
    actor        varchar(200) not null,
    action       varchar(20)  not null,
    entity_type  varchar(30)  not null,
    entity_id    bigint,
    task_id      bigint,
    detail       varchar(500),
    before_json  text,
    after_json   text
);
create index ix_audit_log_time on audit_log (occurred_at, id);
create index ix_audit_log_task on audit_log (task_id, id);
create index ix_audit_log_entity on audit_log (entity_type, entity_id);
create index ix_audit_log_actor on audit_log (actor, id);
