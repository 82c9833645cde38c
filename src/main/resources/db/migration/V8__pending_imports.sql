-- Documents previewed on the import page and waiting for their commit (org.duban.web.PendingImports). In the database
-- rather than in one instance's memory, so that the commit may reach any instance behind a load balancer. id is the
-- random key the commit form sends back; a row is deleted when committed and, once expired, by the next preview.
-- The texts are kept as the form sent them (the import validates them), hence varchar without a length.
create table pending_imports (
    id           varchar(40)   not null primary key,
    owner        varchar(200)  not null,
    region       varchar,
    plan_title   varchar,
    plan_year    integer,
    media_type   varchar,
    source_name  varchar,
    document     bytea         not null,
    expires_at   timestamp     not null
);
create index ix_pending_imports_expires on pending_imports (expires_at);
